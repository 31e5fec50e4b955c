package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnSummary;
import org.mlpworkbench.data.CsvDialect;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpw inspect}: the detected dialect and every column's type and summary, as JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the detected CSV dialect and each column's type and summary as JSON.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path data;

    @Override
    public Integer call() throws Exception {
        LoadedTable loaded = Inputs.csv(data);
        Table table = loaded.table();
        ObjectNode root = Output.object();
        root.put("file", data.toString());
        root.put("rows", table.rowCount());
        root.put("columns", table.columnCount());
        CsvDialect d = loaded.dialect();
        ObjectNode dialect = root.putObject("dialect");
        dialect.put("delimiter", String.valueOf(d.delimiter())).put("quote", String.valueOf(d.quote()))
                .put("header", d.header()).put("charset", d.charset().name()).put("bom", d.bom())
                .put("lineEnding", d.lineEndingName()).put("description", d.describe());
        ArrayNode warnings = root.putArray("warnings");
        loaded.warnings().forEach(warnings::add);
        ArrayNode columns = root.putArray("schema");
        // each summary sorts its column: computed on both cores at once, then read in column order below
        table.columns().parallelStream().forEach(Column::summary);
        for (Column column : table.columns()) {
            ColumnSummary s = column.summary();
            ObjectNode c = columns.addObject();
            c.put("name", s.name()).put("type", s.type().name().toLowerCase(java.util.Locale.ROOT));
            c.put("missing", s.missing()).put("distinct", s.distinct());
            Output.putNumber(c, "min", s.min());
            Output.putNumber(c, "max", s.max());
            Output.putNumber(c, "mean", s.mean());
            Output.putNumber(c, "std", s.std());
            ArrayNode top = c.putArray("top");
            for (ColumnSummary.ValueCount v : s.top()) {
                top.addObject().put("value", v.value()).put("count", v.count());
            }
        }
        Output.print(spec.commandLine().getOut(), root);
        return 0;
    }
}
