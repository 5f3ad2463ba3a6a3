package fr.entraide.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe layouts of every e-mail, validated at build time. */
@CheckedTemplate(basePath = "mail")
public class MailTemplates {

    public static native TemplateInstance layoutHtml(MailContent mail);

    public static native TemplateInstance layoutText(MailContent mail);
}
