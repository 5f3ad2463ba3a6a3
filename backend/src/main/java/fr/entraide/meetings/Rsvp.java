package fr.entraide.meetings;

import fr.entraide.meetings.api.RsvpResponse;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class Rsvp extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long meetingId;
    public long userId;

    @Enumerated(EnumType.STRING)
    public RsvpResponse response;

    public Instant respondedAt = Instant.now();

    public static long answers(long meetingId, RsvpResponse response) {
        return count("meetingId = ?1 and response = ?2", meetingId, response);
    }
}
