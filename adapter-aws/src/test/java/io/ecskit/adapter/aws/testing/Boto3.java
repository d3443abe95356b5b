package io.ecskit.adapter.aws.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * boto3 (from PyPI, pinned by {@code boto3.version}, 1.44.18 by default) as a test peer, in a venv under
 * {@code target/boto3-venv}: a second client nobody here wrote, and the one that speaks Smithy RPC v2 CBOR to CloudWatch
 * (botocore 1.44 prefers it; the pinned AWS CLI's botocore 1.43 still sends JSON). A test gives it a Python script; the
 * script gets a {@code client(service)} function bound to the endpoint and region, and prints what the test reads.
 * Traffic goes only to the endpoint given (loopback); no AWS configuration of the user's is read.
 */
public final class Boto3 {

    private static Boto3 installed;
    private final Path python;
    private final Path target;

    private Boto3(Path python, Path target) {
        this.python = python;
        this.target = target;
    }

    /** The pinned boto3, installed on first use. */
    public static synchronized Boto3 get() throws IOException, InterruptedException {
        if (installed == null) {
            String version = System.getProperty("boto3.version", "1.44.18");
            Path target = Path.of(System.getProperty("awscli.directory", "target")).toAbsolutePath();
            Path bin = PipVenv.ensure(target, "boto3-venv", "boto3==" + version, System.getProperty("awscli.python", "python3"),
                    List.of("python", "-c", "import boto3"));
            installed = new Boto3(bin.resolve("python"), target);
        }
        return installed;
    }

    /** Runs {@code script} with {@code client(service)} in scope; its exit code and output. */
    public AwsCli.Result run(URI endpoint, String region, String script) throws IOException, InterruptedException {
        String prelude = "import boto3, json, datetime\n"
                + "def client(service):\n"
                + "    return boto3.client(service, endpoint_url='" + endpoint + "', region_name='" + region + "',"
                + " aws_access_key_id='testing', aws_secret_access_key='testing')\n";
        Path file = Files.createTempFile(target, "boto3-", ".py");
        Path out = Files.createTempFile(target, "boto3-", ".out");
        Path err = Files.createTempFile(target, "boto3-", ".err");
        try {
            Files.writeString(file, prelude + script, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(python.toString(), file.toString()).redirectOutput(out.toFile()).redirectError(err.toFile());
            var env = builder.environment();
            String path = env.getOrDefault("PATH", "/usr/bin:/bin");
            env.clear();
            env.put("PATH", path);
            env.put("HOME", target.resolve("boto3-home").toString());
            env.put("AWS_CONFIG_FILE", target.resolve("boto3-home/no-aws-config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", target.resolve("boto3-home/no-aws-credentials").toString());
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            env.put("NO_PROXY", "127.0.0.1,localhost");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("a boto3 script did not end within 120 s");
            }
            return new AwsCli.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
