package org.mlpworkbench.prep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one way the project's documents (recipe, {@code model.json}, JSON weight exports, {@code project.json})
 * are mapped to JSON: indented, and read without Jackson's default limits on the length of a string
 * (20,000,000 characters) and of a field name (50,000), because those hold the user's data — a category
 * of 50 MB, a column name of 100 KB — and whatever is written must read back. The nesting depth and the
 * length of a number keep Jackson's limits: the documents are shallow and their numbers short.
 */
public final class JsonDocuments {
    private JsonDocuments() {
    }

    /** A new mapper for the project's documents. */
    public static ObjectMapper mapper() {
        StreamReadConstraints unbounded = StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE).build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(unbounded).build();
        return new ObjectMapper(factory).enable(SerializationFeature.INDENT_OUTPUT);
    }
}
