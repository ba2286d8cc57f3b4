package org.frontline.frontline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The command-line import: {@code --frontline.import-control=FILE[,FILE...]} imports control tables at start-up,
 * with {@code --frontline.import-control-source=NAME} (the claimant) and
 * {@code --frontline.import-control-as-of=YYYY-MM-DD} (date for rows with an empty as_of). Each file's report is
 * logged; a missing file or unusable table stops start-up with its message. Register it as a bean.
 */
public class ControlImportCommand implements ApplicationRunner {

    public static final String OPTION = "frontline.import-control";

    private static final Logger LOG = LoggerFactory.getLogger(ControlImportCommand.class);

    private final ControlService control;

    public ControlImportCommand(ControlService control) {
        this.control = control;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> files = args.getOptionValues(OPTION);
        if (files == null || files.isEmpty()) {
            return;
        }
        String source = first(args, OPTION + "-source");
        String asOf = first(args, OPTION + "-as-of");
        LocalDate defaultAsOf = asOf == null ? null : LocalDate.parse(asOf);
        for (String list : files) {
            for (String f : list.split(",")) {
                Path file = Path.of(f.trim());
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    ImportReport report = control.importCsv(r,
                            source != null ? source : file.getFileName().toString(), defaultAsOf);
                    LOG.info("control import {}: {} rows read, {} imported ({} by name, {} by position), {} rejected",
                            file, report.rowsRead(), report.imported(), report.matchedByName(),
                            report.matchedByPosition(), report.rejected().size());
                    report.rejected().forEach(row -> LOG.warn("control import {}:{}: {} ({})", file, row.line(),
                            row.reason(), row.name()));
                }
            }
        }
    }

    private static String first(ApplicationArguments args, String name) {
        List<String> v = args.getOptionValues(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
