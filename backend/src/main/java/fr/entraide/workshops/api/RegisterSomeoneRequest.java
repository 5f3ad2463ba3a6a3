package fr.entraide.workshops.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterSomeoneRequest(@Schema(description = "Animateur·rice ou soucieux·ses : inscrire ce membre ; sinon, soi-même") Long userId) {
}
