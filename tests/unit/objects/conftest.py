from tests.support.seaweed import seaweed_bucket, seaweed_s3

__all__ = ["seaweed_bucket", "seaweed_s3"]
