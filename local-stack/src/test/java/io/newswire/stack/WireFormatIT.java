package io.newswire.stack;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WireFormatIT {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void apicurioSerdesWriteTheConfluentWireFormat() throws Exception {
        LocalStack stack = SharedLocalStack.get();
        WireFormatCheck.verify(stack.bootstrapServers(), stack.registryUrl());
    }
}
