package fr.entraide.polls.api;

import fr.entraide.polls.Choice;

import java.time.Instant;

public record OptionView(long id, String label, Instant startsAt, Instant endsAt, long yes, long ifNeedBe, long no,
                         Choice myChoice) {
}
