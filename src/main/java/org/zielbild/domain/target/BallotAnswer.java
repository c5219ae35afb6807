package org.zielbild.domain.target;

/** One person's two answers for one rated item: "I see a benefit" and "I find it attractive". */
public record BallotAnswer(Answer benefit, Answer attractive) {
}
