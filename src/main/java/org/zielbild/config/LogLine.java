package org.zielbild.config;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line: time, level, thread, logger and message, then the stack trace of an exception.
 * Written out rather than as a logback pattern: the pattern layout builds 66 method references
 * and its parser before the first window (docs/decisions/0090), for the two fixed lines the app
 * writes.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {

    /** The log file's line: {@code %d{ISO8601} %-5level [%thread] %logger{36} - %msg%n}. */
    static LogLine file() {
        return new LogLine(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS"), 36, true);
    }

    /** The console's line: {@code %d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n}. */
    static LogLine console() {
        return new LogLine(DateTimeFormatter.ofPattern("HH:mm:ss.SSS"), 24, false);
    }

    private final DateTimeFormatter time;
    private final TargetLengthBasedClassNameAbbreviator logger;
    private final boolean thread;

    private LogLine(DateTimeFormatter time, int loggerLength, boolean thread) {
        this.time = time.withZone(ZoneId.systemDefault());
        this.logger = new TargetLengthBasedClassNameAbbreviator(loggerLength);
        this.thread = thread;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        time.formatTo(Instant.ofEpochMilli(event.getTimeStamp()), line);
        line.append(' ');
        String level = event.getLevel().toString();
        line.append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
        if (thread) {
            line.append(" [").append(event.getThreadName()).append(']');
        }
        line.append(' ').append(logger.abbreviate(event.getLoggerName()))
                .append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }
}
