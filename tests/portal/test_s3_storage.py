"""Media on S3-compatible object storage, against a real S3 server on loopback (moto)."""

import io
import json
import urllib.request

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from moto.server import ThreadedMotoServer
from PIL import Image

from portal.settings import s3_storage
from tests.factories import jpeg_with_exif, make_article

pytestmark = pytest.mark.django_db
BUCKET = "cong-thong-tin-media"


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_media(s3_server, settings):
    environ = {
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": s3_server,
        "S3_REGION": "ap-southeast-1",
        "S3_ACCESS_KEY_ID": "portal",
        "S3_SECRET_ACCESS_KEY": "portal-secret",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="ap-southeast-1",
        aws_access_key_id="portal",
        aws_secret_access_key="portal-secret",
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"}
    )
    # Readers fetch media straight from the bucket (or a CDN in front of it): public reads.
    client.put_bucket_policy(
        Bucket=BUCKET,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{BUCKET}/*",
                    }
                ],
            }
        ),
    )
    settings.STORAGES = {**settings.STORAGES, "default": s3_storage(environ)}
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def test_no_s3_variables_means_media_on_disk():
    assert s3_storage({}) is None
    assert s3_storage({"S3_BUCKET": "  "}) is None


def test_an_uploaded_image_goes_to_the_bucket_and_back(s3_media, client):
    article = make_article("Ảnh lưu trên kho đối tượng")
    article.image.save("Ảnh hội nghị.jpg", ContentFile(jpeg_with_exif()), save=True)

    key = f"media/{article.image.name}"
    stored = s3_media.head_object(Bucket=BUCKET, Key=key)
    assert stored["ContentType"] == "image/jpeg"
    assert stored["CacheControl"] == "public, max-age=2592000"
    assert article.image.name.endswith(".jpg")
    assert "anh-hoi-nghi-" in article.image.name

    url = article.image.url
    assert url.startswith(f"{storages['default'].endpoint_url}/{BUCKET}/media/")
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
        served = response.read()
        assert response.headers["Content-Type"] == "image/jpeg"
    with Image.open(io.BytesIO(served)) as image:
        assert image.format == "JPEG"
        assert not image.getexif().get_ifd(0x8825)

    # The public page points readers at the object storage (renditions included), not at the app.
    html = client.get(article.get_absolute_url()).content.decode()
    bucket_media = f"{storages['default'].endpoint_url}/{BUCKET}/media/"
    assert f'srcset="{bucket_media}renditions/' in html
    assert 'src="/media/' not in html and 'srcset="/media/' not in html

    article.image.delete(save=True)
    assert s3_media.list_objects_v2(Bucket=BUCKET).get("KeyCount") == 0
