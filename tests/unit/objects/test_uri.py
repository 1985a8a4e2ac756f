import pytest

from openbda.objects.uri import InvalidS3Uri, S3Location, join_key, parse_s3_uri

# Keys that could leave their bucket if a filesystem, a proxy or a server decoded them.
ESCAPING_KEYS = [
    "..",
    ".",
    "../x",
    "a/../../x",
    "a/..",
    "a/./b",
    "./a",
    "/etc/passwd",
    "//x",
    "a\\..\\b",
    "..\\x",
    "a\x00b",
    "a\nb",
    "a\x7fb",
    "a\x85b",
    "%2e%2e/x",
    "%2E%2E/x",
    "a/%2e%2e/b",
    "%2e/x",
    ".%2e/x",
    "a%2fb",
    "a%2F..%2Fb",
    "%2f",
    "a%5cb",
    "a%00b",
    "a%0ab",
    "%252e%252e/x",
    "%25252e%25252e/x",
    "%25%32%65%25%32%65/x",
    "%c0%ae%c0%ae/x",
    "%c0%af",
    "%e0%80%ae%e0%80%ae/x",
    "\uff0e\uff0e/x",  # fullwidth full stops: NFKC '..'
    "a\uff0fb",  # fullwidth solidus: NFKC '/'
    "a\uff3cb",  # fullwidth reverse solidus
    "\u2025/x",  # two dot leader: NFKC '..'
    "a/\ufe52/b",  # small full stop
    "\ud800",  # lone surrogate
]

ORDINARY_KEYS = [
    "input/invoice.pdf",
    "a//b",
    "output//69ee6313-8a22-4458-9fbb-f364d21b855a/0/standard_output/0/result.json",
    "folder/",
    "a/b//",
    "...",
    "a/.../b",
    ".hidden/.s3_access_check",
    "a..b/c..",
    "100% sure.pdf",
    "50%off",
    "caf\u00e9/na\u00efve \u65e5\u672c.png",
    "a+b=c&d?e#f.txt",
    "report%20final.pdf",
    "a%2eb",  # decodes to 'a.b': harmless
    "with spaces/ and tabs? no.txt",
]


@pytest.mark.parametrize("key", ESCAPING_KEYS)
def test_escaping_keys_are_refused(key: str) -> None:
    with pytest.raises(InvalidS3Uri) as info:
        parse_s3_uri(f"s3://bucket/{key}")
    message = str(info.value)
    assert message.startswith("invalid S3 URI 's3://bucket/")
    assert "\x00" not in message and "\n" not in message


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_ordinary_keys_are_accepted(key: str) -> None:
    location = parse_s3_uri(f"s3://bucket/{key}")
    assert location == S3Location("bucket", key)
    assert location.uri == f"s3://bucket/{key}"
    assert parse_s3_uri(location.uri) == location


def test_messages_explain_the_refusal() -> None:
    with pytest.raises(InvalidS3Uri, match=r"'\.\.' path segment, which could escape its bucket"):
        parse_s3_uri("s3://bucket/a/../b")
    with pytest.raises(InvalidS3Uri, match="percent-decodes"):
        parse_s3_uri("s3://bucket/%2e%2e/b")
    with pytest.raises(InvalidS3Uri, match=r"U\+0000"):
        parse_s3_uri("s3://bucket/a\x00")
    with pytest.raises(InvalidS3Uri, match=r"a\\x00"):  # shown escaped, not raw
        parse_s3_uri("s3://bucket/a\x00")


def test_key_length_limit_is_in_utf8_bytes() -> None:
    assert parse_s3_uri("s3://bucket/" + "a" * 1024).key == "a" * 1024
    with pytest.raises(InvalidS3Uri, match="1025 bytes"):
        parse_s3_uri("s3://bucket/" + "a" * 1025)
    with pytest.raises(InvalidS3Uri, match="1026 bytes"):
        parse_s3_uri("s3://bucket/" + "\u00e9" * 513)


@pytest.mark.parametrize(
    "bucket",
    ["my-bucket", "abc", "a" * 63, "my.bucket.name", "bucket-1", "123bucket", "ap-alias-s3alias"],
)
def test_valid_bucket_names(bucket: str) -> None:
    assert parse_s3_uri(f"s3://{bucket}/k").bucket == bucket


@pytest.mark.parametrize(
    "bucket",
    [
        "",
        "ab",
        "a" * 64,
        "MyBucket",
        "my_bucket",
        "-bucket",
        "bucket-",
        ".bucket",
        "bucket.",
        "my..bucket",
        "192.168.1.1",
        "xn--bucket",
        "sthree-bucket",
        "amzn-s3-demo-bucket",
        "..",
        "buck\x00et",
        "bucket name",
    ],
)
def test_invalid_bucket_names(bucket: str) -> None:
    with pytest.raises(InvalidS3Uri):
        parse_s3_uri(f"s3://{bucket}/key")


@pytest.mark.parametrize(
    "uri", ["", "bucket/key", "S3://bucket/key", "s3:/bucket/key", "http://bucket/key", "s3://"]
)
def test_malformed_uris(uri: str) -> None:
    with pytest.raises(InvalidS3Uri):
        parse_s3_uri(uri)


def test_bucket_only_uris() -> None:
    assert parse_s3_uri("s3://bucket") == S3Location("bucket", "")
    assert parse_s3_uri("s3://bucket/") == S3Location("bucket", "")
    assert S3Location("bucket").uri == "s3://bucket/"
    with pytest.raises(InvalidS3Uri, match="no object key"):
        parse_s3_uri("s3://bucket/", require_key=True)
    assert parse_s3_uri("s3://bucket/k", require_key=True).key == "k"


def test_invalid_s3_uri_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_s3_uri("s3://bucket/../x")


def test_join_reproduces_bdas_naive_prefix_join() -> None:
    job = "69ee6313-8a22-4458-9fbb-f364d21b855a"
    with_slash = parse_s3_uri("s3://out/data_automation/output/").join(job, "0")
    assert with_slash.uri == f"s3://out/data_automation/output//{job}/0"
    without = parse_s3_uri("s3://out/data_automation/output").join(job, "0")
    assert without.uri == f"s3://out/data_automation/output/{job}/0"
    # The bucket root: no leading slash, which no store would accept.
    assert (
        parse_s3_uri("s3://out/").join(job, "job_metadata.json").key == f"{job}/job_metadata.json"
    )
    assert parse_s3_uri("s3://out").join(job).key == job


def test_join_validates_the_result() -> None:
    with pytest.raises(InvalidS3Uri):
        S3Location("out", "prefix").join("..", "x")
    with pytest.raises(InvalidS3Uri):
        S3Location("out", "prefix").join("a\\b")


def test_join_key() -> None:
    assert join_key("a/", "b") == "a//b"
    assert join_key("a", "b", "c") == "a/b/c"
    assert join_key("", "b", "c") == "b/c"
    assert join_key("a") == "a"
