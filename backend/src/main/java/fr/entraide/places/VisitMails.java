package fr.entraide.places;

import fr.entraide.common.config.AppConfig;
import fr.entraide.mail.Bundles;
import fr.entraide.mail.MailContent;
import fr.entraide.mail.MailMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The e-mails of visit requests: to the referent (with the answer link), then to the requester (the answer). */
@ApplicationScoped
public class VisitMails {

    @Inject
    AppConfig config;

    /** To the referent, in French (we do not know their language): who asks, what, when, and the link to answer. */
    public MailContent toReferent(Place place, VisitRequest request, String requester, String token) {
        PlaceMailMessages msg = Bundles.in(PlaceMailMessages.class, "fr");
        boolean visit = request.kind == VisitRequest.Kind.VISIT;
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(visit ? msg.visitIntro(requester, place.name, request.groupSize)
                : msg.testimonyIntro(requester, place.name, request.groupSize));
        paragraphs.add(msg.wishedDates(request.wishedDates.replace(",", ", ")));
        String url = config.publicUrl() + "/visit-requests/answer?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return content("fr", visit ? msg.visitSubject(place.name) : msg.testimonySubject(place.name), msg.greeting(),
                paragraphs, request.message.isBlank() ? null : request.message, msg.answerAction(), url,
                List.of(msg.referentWhy(requester)));
    }

    public MailContent accepted(String locale, String name, Place place, String group, String groupSlug, long meetingId, String message) {
        PlaceMailMessages msg = Bundles.in(PlaceMailMessages.class, locale);
        List<String> paragraphs = new ArrayList<>(List.of(msg.acceptedIntro(place.name, group)));
        if (place.referentEmail != null) {
            paragraphs.add(msg.acceptedContact(place.referentEmail));
        }
        return content(locale, msg.acceptedSubject(place.name), msg.greetingName(name), paragraphs, blankToNull(message),
                msg.acceptedAction(), config.publicUrl() + "/groups/" + groupSlug + "/meetings/" + meetingId, List.of());
    }

    public MailContent declined(String locale, String name, Place place, String message) {
        PlaceMailMessages msg = Bundles.in(PlaceMailMessages.class, locale);
        return content(locale, msg.declinedSubject(place.name), msg.greetingName(name), List.of(msg.declinedIntro(place.name)),
                blankToNull(message), msg.declinedAction(), config.publicUrl() + "/places/" + place.id, List.of());
    }

    private static MailContent content(String locale, String subject, String greeting, List<String> paragraphs, String quote,
                                       String actionLabel, String actionUrl, List<String> closing) {
        MailMessages common = Bundles.in(MailMessages.class, locale);
        return new MailContent("en".equals(locale) ? "en" : "fr", subject, greeting, paragraphs, quote, actionLabel,
                actionUrl, closing, null, null, common.linkFallback(), common.signature());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
