"""Documents of the register, their classifications and their attached files."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from news.addresses import address
from news.publishing import Publishable, PublishableQuerySet
from news.text import AutoSlugField, syllables

from .files import PRIVATE_PREFIX, DocumentFileField, kind_of_name


class Classification(models.Model):
    """An editable list: document types, issuing bodies, fields."""

    name = models.CharField(_("tên"), max_length=200, unique=True)
    slug = AutoSlugField(_("đường dẫn"), max_length=220, populate_from="name")
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        names = type(self).objects.filter(pk=self.pk).values_list("name", flat=True)
        old_name = names.first() if self.pk else None
        super().save(*args, **kwargs)
        if old_name is not None and old_name != self.name:
            # The documents' searchable text (and the site's search index) hold the name.
            for document in self.documents.select_related("doc_type", "issuer", "topic"):
                document.save(update_fields=["search_text"])

    def get_absolute_url(self):
        """The register filtered on this type, issuing body or field."""
        return f"{reverse('documents:index')}?{self.filter_name}={self.slug}"


class DocumentType(Classification):
    filter_name = "loai"

    class Meta(Classification.Meta):
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")


class Issuer(Classification):
    filter_name = "co_quan"

    class Meta(Classification.Meta):
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")


class Topic(Classification):
    filter_name = "linh_vuc"

    class Meta(Classification.Meta):
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")


class DocumentQuerySet(PublishableQuerySet):
    def for_listing(self):
        """A row of the register: the document and its classifications, in one query."""
        return self.select_related("doc_type", "issuer", "topic")

    def search(self, text):
        """Documents whose number, type, summary, issuing body, signer or field holds every
        word of `text`, whole, ignoring diacritics and case: "sinh hoat chi bo" finds "... sinh
        hoạt chi bộ ...", "nghi quyet 25" finds "Nghị quyết 25-NQ/TU", "Huế" not "thuế"."""
        documents = self
        for syllable in syllables(text):
            documents = documents.filter(search_text__contains=f" {syllable.folded} ")
        return documents


class Document(Publishable):
    number = models.CharField(
        _("số ký hiệu"), max_length=100, help_text=_("Ví dụ: 05-CT/TW, 45-QĐ/ĐUK.")
    )
    slug = AutoSlugField(
        _("đường dẫn"),
        populate_from="number",
        max_length=140,
        help_text=_("Tạo tự động từ số ký hiệu."),
    )
    doc_type = models.ForeignKey(
        DocumentType,
        verbose_name=_("loại văn bản"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    issuer = models.ForeignKey(
        Issuer,
        verbose_name=_("cơ quan ban hành"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("lĩnh vực"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    signer = models.CharField(_("người ký"), max_length=200, blank=True)
    issued_on = models.DateField(_("ngày ban hành"))
    effective_on = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    summary = models.TextField(_("trích yếu"))
    search_text = models.TextField(editable=False, default="")

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issued_on", "-id"]
        get_latest_by = "issued_on"
        indexes = [
            models.Index(fields=["status", "-issued_on", "-id"], name="document_register_idx"),
        ]

    def __str__(self):
        return self.title

    @property
    def title(self):
        """What the document is called in lists and search: "Nghị quyết 120-NQ/ĐUK"."""
        return f"{self.doc_type.name} {self.number}" if self.doc_type_id else self.number

    def save(self, *args, **kwargs):
        # Kept on save, so that search is a plain LIKE on every database.
        self.search_text = self.searchable_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def searchable_text(self):
        """The folded words the register's search matches, between single spaces."""
        parts = [self.number, self.summary, self.signer]
        for name in ("doc_type", "issuer", "topic"):
            if getattr(self, f"{name}_id"):
                parts.append(getattr(self, name).name)
        return f" {' '.join(s.folded for s in syllables(' '.join(parts)))} "

    def get_absolute_url(self):
        return address("documents:detail", self.slug)


class Attachment(models.Model):
    document = models.ForeignKey(
        Document,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = DocumentFileField(
        _("tệp"),
        upload_to=f"{PRIVATE_PREFIX}%Y/%m/",
        max_length=200,
        help_text=_("PDF, DOC, DOCX, XLS, XLSX hoặc ODT."),
    )
    title = models.CharField(
        _("tên tệp hiển thị"),
        max_length=200,
        blank=True,
        help_text=_("Để trống để dùng tên tệp tải lên. Bạn đọc tải về với tên này."),
    )
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0, editable=False)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["order", "id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self.size = self.file.size
            if not self.title:
                self.title = self.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0][:200]
        super().save(*args, **kwargs)

    @property
    def kind(self):
        return kind_of_name(self.file.name)

    def download_name(self):
        """The name a reader's browser saves the file under: the title and the real format."""
        return f"{self.title}{self.kind.extension}"
