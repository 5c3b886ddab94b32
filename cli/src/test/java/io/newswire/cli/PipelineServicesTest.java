package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PipelineServicesTest {

    @Test
    void theSinksIdsFollowTheApplicationPrefixUnlessSet() {
        Properties props = new Properties();
        assertThat(PipelineServices.sinkProperties(props))
                .containsEntry("group.id", "newswire-public-sink")
                .containsEntry("transactional.id", "newswire-public-sink");

        props.setProperty("application.id", "staging");
        assertThat(PipelineServices.sinkProperties(props))
                .containsEntry("group.id", "staging-public-sink")
                .containsEntry("transactional.id", "staging-public-sink");

        props.setProperty("transactional.id", "sink-2");
        assertThat(PipelineServices.sinkProperties(props)).containsEntry("transactional.id", "sink-2");
        assertThat(props).doesNotContainKey("group.id");
    }
}
