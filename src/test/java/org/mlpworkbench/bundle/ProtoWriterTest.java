package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Byte patterns from the Protocol Buffers encoding guide. */
class ProtoWriterTest {

    private static int[] unsigned(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xff;
        }
        return out;
    }

    @Test
    void encodesVarintsAsInTheSpecification() {
        assertThat(unsigned(new ProtoWriter().varint(1, 150).toByteArray())).containsExactly(0x08, 0x96, 0x01);
        assertThat(unsigned(new ProtoWriter().varint(1, 1).toByteArray())).containsExactly(0x08, 0x01);
        assertThat(unsigned(new ProtoWriter().varint(20, 2).toByteArray())).containsExactly(0xa0, 0x01, 0x02);
    }

    @Test
    void negativeIntegersTakeTenBytes() {
        assertThat(unsigned(new ProtoWriter().varint(1, -1).toByteArray()))
                .containsExactly(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01);
    }

    @Test
    void encodesStringsAndEmbeddedMessagesWithTheirLength() {
        assertThat(unsigned(new ProtoWriter().string(2, "testing").toByteArray()))
                .containsExactly(0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g');
        assertThat(unsigned(new ProtoWriter().message(3, new ProtoWriter().varint(1, 150)).toByteArray()))
                .containsExactly(0x1a, 0x03, 0x08, 0x96, 0x01);
    }

    @Test
    void encodesFloatsLittleEndianAndPackedRepeatedVarints() {
        assertThat(unsigned(new ProtoWriter().float32(2, 1.0f).toByteArray()))
                .containsExactly(0x15, 0x00, 0x00, 0x80, 0x3f);
        assertThat(unsigned(new ProtoWriter().packedVarints(4, new long[] {3, 270, 86942}).toByteArray()))
                .containsExactly(0x22, 0x06, 0x03, 0x8e, 0x02, 0x9e, 0xa7, 0x05);
    }
}
