package fr.entraide.workshops.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

public record UpdateWorkshopRequest(@Size(min = 1, max = 200) String title, @MultiLine @Size(max = 8000) String description,
                                    Instant startsAt, Instant endsAt, @Size(max = 500) String onlineUrl,
                                    @Size(max = 300) String location, Integer capacity, @NotNull Long version) {
}
