package io.newswire.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the eval files, so that readers and writers agree. */
final class EvalJson {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private EvalJson() {
    }
}
