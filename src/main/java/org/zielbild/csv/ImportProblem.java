package org.zielbild.csv;

import org.zielbild.domain.Message;

/** Why one line of an import was skipped; {@code line} counts from 1 as editors do. */
public record ImportProblem(int line, Message message) {
}
