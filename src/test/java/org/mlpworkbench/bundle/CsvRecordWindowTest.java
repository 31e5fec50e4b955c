package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRecordWindowTest {

    @Test
    void cutsAtLineBreaksOutsideQuotesOnly() throws IOException {
        String text = "id,name\n1,\"Kelly,\nJames\"\n2,\"say \"\"hi\"\"\n!\"\n3,x\n";
        CsvRecordWindow window = new CsvRecordWindow(new StringReader(text), '"');
        assertThat(window.next(1)).isEqualTo("id,name\n");
        assertThat(window.next(2)).isEqualTo("1,\"Kelly,\nJames\"\n2,\"say \"\"hi\"\"\n!\"\n");
        assertThat(window.linesConsumed()).isEqualTo(5);
        assertThat(window.next(2)).isEqualTo("3,x\n");
        assertThat(window.next(2)).isEmpty();
    }

    @Test
    void keepsCrlfAndCrLineEndsDropsBlankLinesAndTheBom() throws IOException {
        CsvRecordWindow crlf = new CsvRecordWindow(new StringReader("\uFEFFa,b\r\n1,2\r\n\r\n3,4"), '"');
        assertThat(crlf.next(10)).isEqualTo("a,b\r\n1,2\r\n3,4\n");
        assertThat(crlf.linesConsumed()).isEqualTo(3);
        CsvRecordWindow cr = new CsvRecordWindow(new StringReader("a;b\r1;'x\ry'\r"), '\'');
        assertThat(cr.next(1)).isEqualTo("a;b\r");
        assertThat(cr.next(1)).isEqualTo("1;'x\ry'\r");
    }
}
