package org.mlpworkbench.ui.data;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import org.mlpworkbench.ui.session.SampleFiles;

/** The menu items of the samples, in the index's order: "Titanic: who survived — …", each opening its sample. */
public final class SampleItems {

    private SampleItems() {
    }

    /** One item per sample; choosing it calls {@code open}. */
    public static List<MenuItem> of(List<SampleFiles.Sample> samples, Consumer<SampleFiles.Sample> open) {
        return samples.stream().map(sample -> {
            MenuItem item = new MenuItem(sample.name() + ": " + sample.description());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(sample));
            return item;
        }).toList();
    }
}
