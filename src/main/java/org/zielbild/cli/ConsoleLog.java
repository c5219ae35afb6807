package org.zielbild.cli;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the log off the console while a command runs (the log file still gets it). */
final class ConsoleLog {

    /** The console appender's name, in the app's LogSetup and in logback-test.xml alike. */
    static final String APPENDER = "CONSOLE";

    private ConsoleLog() {
    }

    static void off() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(APPENDER);
        }
    }
}
