package org.frontline.gazetteer;

import java.util.List;

/** The additions file was rejected; {@link #problems()} lists every "file:line: message" found, not just the first. */
public class AdditionsException extends GazetteerException {
    private final List<String> problems;

    AdditionsException(String file, int line, List<String> problems) {
        super(file, line, problems.size() == 1 ? stripPrefix(problems.get(0), file)
                : problems.size() + " problems, first: " + stripPrefix(problems.get(0), file));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String stripPrefix(String problem, String file) {
        int colon = problem.indexOf(": ", file.length());
        return problem.startsWith(file) && colon > 0 ? problem.substring(colon + 2) : problem;
    }
}
