package fr.entraide.notifications;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Titles of notifications, in French; English in messages/notif_en.properties. */
@MessageBundle("notif")
public interface NotificationMessages {

    @Message("{actor} a ouvert « {thread} » dans {category}")
    String threadCreated(String actor, String thread, String category);

    @Message("{actor} a répondu dans « {thread} »")
    String postCreated(String actor, String thread);

    @Message("{actor} vous a mentionné·e dans « {thread} »")
    String mentioned(String actor, String thread);

    @Message("« {thread} » ({group}) : {count} nouveauté(s)")
    String digestLine(String thread, String group, long count);

    @Message("{actor} a fait passer « {action} » de {from} à {to}")
    String actionStatusChanged(String actor, String action, String from, String to);

    @Message("en attente")
    String statusWAITING();

    @Message("activable")
    String statusACTIONABLE();

    @Message("en cours")
    String statusIN_PROGRESS();

    @Message("réalisé")
    String statusDONE();

    @Message("abandonné")
    String statusDROPPED();

    @Message("Votre inscription à « {workshop} » est confirmée")
    String workshopRegistered(String workshop);

    @Message("{actor} vous a inscrit·e à « {workshop} » : votre place est confirmée")
    String workshopRegisteredBy(String actor, String workshop);

    @Message("Vous êtes en liste d'attente de « {workshop} » (position {position})")
    String workshopWaitlisted(String workshop, String position);

    @Message("{actor} vous a inscrit·e en liste d'attente de « {workshop} » (position {position})")
    String workshopWaitlistedBy(String actor, String workshop, String position);

    @Message("Une place s'est libérée : votre inscription à « {workshop} » est confirmée")
    String workshopPromoted(String workshop);

    @Message("« {workshop} » est complet : les nouvelles inscriptions vont en liste d'attente")
    String workshopFull(String workshop);

    @Message("« {workshop} » est annulé")
    String workshopCancelled(String workshop);

    @Message("Rappel : « {workshop} » commence {when}")
    String workshopReminder(String workshop, String when);

    @Message("Nouvelle rencontre : « {meeting} », {when}")
    String meetingScheduled(String meeting, String when);

    @Message("« {meeting} » a changé : désormais {when}")
    String meetingUpdated(String meeting, String when);

    @Message("« {meeting} » est annulée")
    String meetingCancelled(String meeting);

    @Message("Le sondage « {poll} » a choisi {when} : vous y êtes invité·e")
    String pollDecided(String poll, String when);

    @Message("Rappel : « {meeting} » commence {when}")
    String meetingReminder(String meeting, String when);

    @Message("Votre signalement dans « {thread} » : les soucieux·ses ont masqué le message")
    String reportHidden(String thread);

    @Message("Votre signalement dans « {thread} » : les soucieux·ses ont conservé le message")
    String reportKept(String thread);
}
