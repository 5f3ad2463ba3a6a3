package fr.entraide.files;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * Files in an S3-compatible object storage (MinIO, Garage, Ceph, a cloud's): what several instances of Entraide share.
 * Uploads are sent from the checked temporary file, downloads streamed with an HTTP range.
 */
public class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    public S3FileStore(FilesConfig.S3 config) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle());
        config.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.client = builder.build();
        this.bucket = config.bucket();
    }

    /** Creates the bucket if it does not exist yet (a fresh MinIO); a bucket that exists is left as it is. */
    public void ensureBucket() {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            client.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void put(String key, Path content, String contentType) throws IOException {
        try {
            client.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(content));
        } catch (S3Exception e) {
            throw new IOException("S3 put " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (offset > 0 || length >= 0) {
            request.range("bytes=" + offset + "-" + (length >= 0 ? Long.toString(offset + length - 1) : ""));
        }
        try {
            return client.getObject(request.build());
        } catch (S3Exception e) {
            throw new IOException("S3 get " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            // already gone
        } catch (S3Exception e) {
            throw new IOException("S3 delete " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long size(String key) throws IOException {
        try {
            return client.headObject(b -> b.bucket(bucket).key(key)).contentLength();
        } catch (S3Exception e) {
            throw new IOException("S3 head " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
