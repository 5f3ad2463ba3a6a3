package fr.entraide.common.security;

import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Short-lived RS256 access tokens. The key pair comes from the standard SmallRye/MicroProfile JWT locations
 * (SMALLRYE_JWT_SIGN_KEY_LOCATION, MP_JWT_VERIFY_PUBLICKEY_LOCATION); without them an ephemeral pair is made at
 * start, which suits a single development instance (sessions survive restarts through their refresh tokens).
 */
@ApplicationScoped
public class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class);

    @Inject
    AppConfig config;

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    Optional<String> signKeyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> verifyKeyLocation;

    private PrivateKey privateKey;
    private JWTParser parser;

    @PostConstruct
    void loadKeys() {
        PublicKey publicKey;
        try {
            if (signKeyLocation.isPresent() && verifyKeyLocation.isPresent()) {
                privateKey = KeyUtils.decodePrivateKey(read(signKeyLocation.get()));
                publicKey = KeyUtils.decodePublicKey(read(verifyKeyLocation.get()));
            } else {
                LOG.warn("No JWT key pair configured: using an ephemeral one (set SMALLRYE_JWT_SIGN_KEY_LOCATION and "
                        + "MP_JWT_VERIFY_PUBLICKEY_LOCATION in production)");
                KeyPair pair = KeyUtils.generateKeyPair(2048);
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot load the JWT key pair", e);
        }
        JWTAuthContextInfo context = new JWTAuthContextInfo(publicKey, config.jwt().issuer());
        parser = new DefaultJWTParser(context);
    }

    public String issue(long userId, String username, Instant expiresAt) {
        return Jwt.issuer(config.jwt().issuer())
                .subject(Long.toString(userId))
                .upn(username)
                .expiresAt(expiresAt)
                .sign(privateKey);
    }

    public String issue(long userId, String username) {
        return issue(userId, username, Instant.now().plus(config.jwt().accessTokenLifetime()));
    }

    public long lifetimeSeconds() {
        return config.jwt().accessTokenLifetime().toSeconds();
    }

    /** @return the user id the token was issued to; a 401 problem when it is invalid or expired. */
    public long verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            return Long.parseLong(jwt.getSubject());
        } catch (ParseException | NumberFormatException e) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "auth.invalid-access-token");
        }
    }

    private static String read(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            try (InputStream in = AccessTokens.class.getClassLoader().getResourceAsStream(location.substring(10))) {
                if (in == null) {
                    throw new IOException("Key not found: " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }
}
