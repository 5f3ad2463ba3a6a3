package fr.entraide.places;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the directory's e-mails, in French; English in messages/placemail_en.properties. */
@MessageBundle("placemail")
public interface PlaceMailMessages {

    @Message("Demande de visite : {place}")
    String visitSubject(String place);

    @Message("Invitation à témoigner : {place}")
    String testimonySubject(String place);

    @Message("{requester}, membre d'Entraide (la plateforme du réseau des médiathèques tiers-lieux), aimerait visiter « {place} » avec un groupe de {size} personne(s).")
    String visitIntro(String requester, String place, int size);

    @Message("{requester}, membre d'Entraide (la plateforme du réseau des médiathèques tiers-lieux), aimerait que « {place} » vienne témoigner de ses pratiques, réussites et échecs, devant un groupe de {size} personne(s).")
    String testimonyIntro(String requester, String place, int size);

    @Message("Dates souhaitées : {dates}.")
    String wishedDates(String dates);

    @Message("Vous recevez ce message parce que vous êtes référent·e de ce lieu dans l'annuaire d'Entraide. Votre adresse n'est pas communiquée : elle ne le sera à {requester} que si vous acceptez.")
    String referentWhy(String requester);

    @Message("Répondre (accepter en choisissant une date, ou décliner)")
    String answerAction();

    @Message("Bonjour,")
    String greeting();

    @Message("Bonjour {name},")
    String greetingName(String name);

    @Message("Votre demande a été acceptée : {place}")
    String acceptedSubject(String place);

    @Message("Le ou la référente de « {place} » a accepté votre demande. Le voyage apprenant est inscrit à l'agenda du groupe « {group} », et vous y venez.")
    String acceptedIntro(String place, String group);

    @Message("Pour préparer la venue, écrivez-lui : {email}")
    String acceptedContact(String email);

    @Message("Voir le voyage apprenant")
    String acceptedAction();

    @Message("Votre demande n'a pas pu être acceptée : {place}")
    String declinedSubject(String place);

    @Message("Le ou la référente de « {place} » ne peut pas donner suite à votre demande cette fois-ci.")
    String declinedIntro(String place);

    @Message("Voir le lieu")
    String declinedAction();
}
