package fr.entraide.polls;

import java.time.Instant;

public record OptionView(long id, String label, Instant startsAt, Instant endsAt, long yes, long ifNeedBe, long no,
                         Choice myChoice) {
}
