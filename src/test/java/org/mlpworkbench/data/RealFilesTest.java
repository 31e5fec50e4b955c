package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mlpworkbench.SharedData;

class RealFilesTest {

    @Test
    void titanicTrain() throws CsvException {
        LoadedTable loaded = CsvReader.read(SharedData.file("titanic/train.csv"));
        Table t = loaded.table();
        assertThat(t.rowCount()).isEqualTo(891);
        assertThat(t.columnCount()).isEqualTo(12);
        assertThat(t.column("Age").missingCount()).isEqualTo(177);
        assertThat(t.column("Cabin").missingCount()).isEqualTo(687);
        assertThat(t.column("Embarked").missingCount()).isEqualTo(2);
        assertThat(t.column("Survived").type()).isEqualTo(ColumnType.BOOLEAN);
    }
}
