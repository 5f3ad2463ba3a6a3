package fr.entraide.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the e-mails, in French; English in messages/mail_en.properties. */
@MessageBundle("mail")
public interface MailMessages {

    @Message("Bonjour {name},")
    String greeting(String name);

    @Message("Bonjour,")
    String greetingAnonymous();

    @Message("Entraide, la plateforme du réseau des médiathèques tiers-lieux")
    String signature();

    @Message("Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :")
    String linkFallback();

    @Message("Confirmez votre adresse e-mail")
    String verifySubject();

    @Message("Bienvenue sur Entraide ! Pour pouvoir contribuer (publier, vous inscrire aux ateliers, répondre aux sondages), confirmez votre adresse e-mail.")
    String verifyIntro();

    @Message("Ce lien est valable {days} jours. Si vous n'avez pas créé de compte, ignorez simplement ce message.")
    String verifyOutro(long days);

    @Message("Confirmer mon adresse")
    String verifyAction();

    @Message("Réinitialisation de votre mot de passe")
    String resetSubject();

    @Message("Vous avez demandé à changer votre mot de passe Entraide.")
    String resetIntro();

    @Message("Ce lien est valable {hours} heures et ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.")
    String resetOutro(long hours);

    @Message("Choisir un nouveau mot de passe")
    String resetAction();

    @Message("{inviter} vous invite à rejoindre « {group} » sur Entraide")
    String inviteSubject(String inviter, String group);

    @Message("{inviter} vous invite à rejoindre le groupe « {group} » sur Entraide, la plateforme du réseau des médiathèques tiers-lieux.")
    String inviteIntro(String inviter, String group);

    @Message("Son message : « {message} »")
    String inviteMessage(String message);

    @Message("Cette invitation est valable {days} jours.")
    String inviteOutro(long days);

    @Message("Voir l'invitation")
    String inviteAction();

    @Message("Demande d'adhésion à « {group} »")
    String joinRequestSubject(String group);

    @Message("{member} demande à rejoindre le groupe « {group} ». Vous en êtes soucieux·se : vous pouvez accepter cette demande depuis l'écran des membres.")
    String joinRequestIntro(String member, String group);

    @Message("Voir les demandes")
    String joinRequestAction();

    @Message("[{group}] {thread}")
    String forumSubject(String group, String thread);

    @Message("Voir dans Entraide")
    String forumAction();

    @Message("Vous recevez cet e-mail parce que vous suivez ce sujet, sa rubrique ou cette action, ou parce qu'on vous y a mentionné·e.")
    String forumWhy();

    @Message("Gérer mes notifications")
    String manageNotifications();

    @Message("Votre résumé Entraide du jour")
    String digestSubject();

    @Message("{count} discussion(s) ont bougé dans vos groupes :")
    String digestIntro(int count);

    @Message("Ouvrir mes notifications")
    String digestAction();
}
