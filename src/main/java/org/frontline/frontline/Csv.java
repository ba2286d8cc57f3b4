package org.frontline.frontline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks; records keep their line. */
final class Csv {

    /** A record and the 1-based line it starts on; blank lines are skipped. */
    record Record(int line, List<String> fields) {
    }

    private Csv() {
    }

    static List<Record> read(Reader in) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = in.read(buf)) != -1; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(sb.toString());
    }

    static List<Record> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        int i = 0;
        boolean inQuotes = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    inQuotes = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    inQuotes = field.toString().isBlank();
                    if (inQuotes) {
                        field.setLength(0);
                    }
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                }
                case '\r' -> { }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                        out.add(new Record(start, List.copyOf(fields)));
                    }
                    fields.clear();
                    line++;
                    start = line;
                }
                default -> field.append(c);
            }
            if (c == '"' && !inQuotes) {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                out.add(new Record(start, List.copyOf(fields)));
            }
        }
        return out;
    }
}
