package fr.entraide.polls.api;

import fr.entraide.polls.Choice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Replaces all the caller's answers to the poll. */
public record VotesRequest(@NotNull @Size(max = 40) List<@Valid @NotNull Vote> votes) {

    public record Vote(@NotNull Long optionId, @NotNull Choice choice) {
    }
}
