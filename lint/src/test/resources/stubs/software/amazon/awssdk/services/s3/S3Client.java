package software.amazon.awssdk.services.s3;

public interface S3Client {
    void putObject(String bucket, String key, byte[] data);

    byte[] getObject(String bucket, String key);
}
