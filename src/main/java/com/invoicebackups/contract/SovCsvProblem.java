package com.invoicebackups.contract;

import java.util.List;
import java.util.stream.Stream;

/**
 * One reason a schedule-of-values file was refused, to be read in the user's own words.
 *
 * @param line the physical line where the record starts (the header's for header problems), or 0
 *             when the problem is about the file as a whole
 * @param messageKey a key under {@code sov.csv.} in the translations
 * @param arguments the message's own arguments
 */
public record SovCsvProblem(int line, String messageKey, List<Object> arguments) {

    public SovCsvProblem {
        arguments = List.copyOf(arguments);
    }

    /** The arguments for the message: every {@code sov.csv.} message reads the line as {0}, then these. */
    public Object[] messageArguments() {
        return Stream.concat(Stream.of(line), arguments.stream()).toArray();
    }
}
