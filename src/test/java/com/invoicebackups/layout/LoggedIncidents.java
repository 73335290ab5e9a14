package com.invoicebackups.layout;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/** The incident ids one class wrote to the log while a test ran, each with the error logged with it. */
final class LoggedIncidents implements AutoCloseable {

    private static final Pattern INCIDENT = Pattern.compile("Incident ([A-Z0-9]{8})");

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LoggedIncidents(Class<?> source) {
        logger = (Logger) LoggerFactory.getLogger(source);
        appender.start();
        logger.addAppender(appender);
    }

    /** The one incident logged, and the message of the root cause of the error logged with it. */
    Incident only() {
        List<ILoggingEvent> events = appender.list;
        if (events.size() != 1) {
            throw new AssertionError("expected one logged incident, found " + events.size());
        }
        ILoggingEvent event = events.getFirst();
        Matcher matcher = INCIDENT.matcher(event.getFormattedMessage());
        if (!matcher.find()) {
            throw new AssertionError("no incident id in: " + event.getFormattedMessage());
        }
        IThrowableProxy rootCause = event.getThrowableProxy();
        while (rootCause != null && rootCause.getCause() != null) {
            rootCause = rootCause.getCause();
        }
        return new Incident(matcher.group(1), rootCause == null ? null : rootCause.getMessage());
    }

    /** Every line logged, as formatted, with its level first. */
    List<String> lines() {
        return appender.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }

    record Incident(String id, String rootCauseMessage) {
    }
}
