namespace Leaflet.Diagnostics;

/// <summary>
/// Every diagnostic code the generator emits, each declared once with its severity and meaning: LF1xxx content,
/// LF2xxx translations, LF3xxx links, LF4xxx PDF, LF5xxx templates, LF9xxx usage and environment. Codes are
/// stable (editors, CI filters and the documentation refer to them), so a retired code is never reused. The
/// tables of codes in docs/reference/diagnostics.md say the same, which a test holds them to.
/// </summary>
public static class DiagnosticCodes
{
    // Content files
    public static readonly DiagnosticCode NotUtf8 = new("LF1001", Severity.Error, "a file is not UTF-8");
    public static readonly DiagnosticCode YamlUnreadable = new("LF1002", Severity.Error,
        "YAML cannot be read, or nests more than 32 levels, or stands for more than 10,000 values once aliases are expanded");
    public static readonly DiagnosticCode FrontMatterMissing = new("LF1003", Severity.Error,
        "no front matter, unclosed front matter, empty file");
    public static readonly DiagnosticCode FieldInvalid = new("LF1004", Severity.Error,
        "a front-matter field is missing or has the wrong form");
    public static readonly DiagnosticCode UnknownField = new("LF1005", Severity.Warning, "an unknown field");
    public static readonly DiagnosticCode LanguageInvalid = new("LF1006", Severity.Error, "a language folder or _language.yaml is wrong");
    public static readonly DiagnosticCode SiteConfigurationInvalid = new("LF1007", Severity.Error,
        "the site configuration is missing or wrong");
    public static readonly DiagnosticCode RawHtml = new("LF1008", Severity.Error, "raw HTML in Markdown, not allowed");
    public static readonly DiagnosticCode TitleInBody = new("LF1009", Severity.Error, "a level-1 heading in the body");
    public static readonly DiagnosticCode PictureOutside = new("LF1010", Severity.Error, "a picture path outside the picture folders");
    public static readonly DiagnosticCode PictureFormat = new("LF1011", Severity.Error, "a picture that is not PNG or JPEG");
    public static readonly DiagnosticCode PictureMissing = new("LF1012", Severity.Error,
        "a picture that does not exist (or whose path holds %00)");
    public static readonly DiagnosticCode FileNameNotUrl = new("LF1013", Severity.Error, "a file name that cannot be a URL");
    public static readonly DiagnosticCode CodeLink = new("LF1014", Severity.Error, "a javascript: or data: link");
    public static readonly DiagnosticCode ArticleLinkMissing = new("LF1015", Severity.Error, "a link to an article that does not exist");
    public static readonly DiagnosticCode InterfaceStringMissing = new("LF1016", Severity.Error,
        "a missing interface string (the templates' and those the build prints itself, date labels included)");
    public static readonly DiagnosticCode FileTooLarge = new("LF1017", Severity.Error, "a content file over 256 KB");
    public static readonly DiagnosticCode NestedTooDeep = new("LF1018", Severity.Error,
        "Markdown nested more than 64 levels (blocks and inlines)");
    public static readonly DiagnosticCode FileUnreadable = new("LF1019", Severity.Error,
        "a content file cannot be read (a broken symbolic link, no permission)");
    public static readonly DiagnosticCode ReviewOverdue = new("LF1020", Severity.Warning, "the review date has passed");
    public static readonly DiagnosticCode ReviewBeforeLastReview = new("LF1021", Severity.Warning, "next_review before last_reviewed");
    public static readonly DiagnosticCode ReviewDateMissing = new("LF1022", Severity.Warning, "no next_review");
    public static readonly DiagnosticCode ContentOutsideFolder = new("LF1023", Severity.Error,
        "a content file that is a symbolic link out of content/");
    public static readonly DiagnosticCode FontUnusable = new("LF1024", Severity.Error,
        "a font file named in _language.yaml is missing, unreadable or not a TrueType font");
    public static readonly DiagnosticCode FontUnsupported = new("LF1025", Severity.Error,
        "a font collection (.ttc) or a CFF-outline (.otf) font, not supported yet");
    public static readonly DiagnosticCode DraftLink = new("LF1026", Severity.Error,
        "a link to a draft from an article the build publishes");
    public static readonly DiagnosticCode IdentityMissing = new("LF1031", Severity.Warning, "a leaflet without a code or a version");
    public static readonly DiagnosticCode DuplicateCode = new("LF1032", Severity.Warning, "two leaflets with the same code");
    public static readonly DiagnosticCode ChangedWithoutNewVersion = new("LF1033", Severity.Warning,
        "an article changed since its version was released, and its version did not");
    public static readonly DiagnosticCode NotAnArticle = new("LF1034", Severity.Error, "release given a file that is not an article");
    public static readonly DiagnosticCode NewSiteFolderNotEmpty = new("LF1035", Severity.Error, "new given a folder that is not empty, or a file");
    public static readonly DiagnosticCode LeafletExists = new("LF1036", Severity.Error, "add given the slug of a leaflet that exists");
    public static readonly DiagnosticCode SlugInvalid = new("LF1037", Severity.Error,
        "add given a slug that is not lower-case Latin letters, digits and hyphens");
    public static readonly DiagnosticCode LanguageNotBuiltIn = new("LF1038", Severity.Error,
        "new given a language that is not a language code, or has no built-in interface strings");
    public static readonly DiagnosticCode BilingualPairInvalid = new("LF1060", Severity.Warning,
        "a bilingual pair in the site configuration is not two of the site's languages");
    public static readonly DiagnosticCode BilingualPairIncomplete = new("LF1061", Severity.Warning,
        "a leaflet is translated into only one language of a bilingual pair");
    public static readonly DiagnosticCode DigitsInvalid = new("LF1050", Severity.Error, "'digits' in _language.yaml is neither latin nor native");
    public static readonly DiagnosticCode DigitsSameAsLatin = new("LF1051", Severity.Warning,
        "'digits: native' for a culture whose native digits are 0123456789");
    public static readonly DiagnosticCode LanguageFileMissing = new("LF1040", Severity.Error,
        "a folder under content/ holds .md files but no _language.yaml");
    public static readonly DiagnosticCode LongSentence = new("LF1101", Severity.Warning,
        "a sentence longer than the language's plain-language limit");
    public static readonly DiagnosticCode WordToAvoid = new("LF1102", Severity.Warning, "a word the language's plain-language list avoids");

    // Translations
    public static readonly DiagnosticCode TranslationMissing = new("LF2001", Severity.Warning, "a leaflet missing in a language");
    public static readonly DiagnosticCode TranslationStructure = new("LF2101", Severity.Warning, "a translation's structure differs");
    public static readonly DiagnosticCode TranslationOutOfDate = new("LF2102", Severity.Warning, "a translation is out of date");
    public static readonly DiagnosticCode TranslationUnrecorded = new("LF2103", Severity.Warning, "a translation records no source");
    public static readonly DiagnosticCode TranslatedFromMalformed = new("LF2104", Severity.Warning, "translated_from is malformed");
    public static readonly DiagnosticCode NotATranslation = new("LF2105", Severity.Error,
        "translated given a file that is not a translation");

    // Clinical review
    public static readonly DiagnosticCode ClinicalQuestionOpen = new("LF2201", Severity.Warning, "a clinical question is open");
    public static readonly DiagnosticCode ClinicalPassageMissing = new("LF2202", Severity.Error,
        "an open clinical question's passage is not in the article's text");

    // Links
    public static readonly DiagnosticCode FragmentMissing = new("LF3001", Severity.Error, "a link's fragment names no id on its page");
    public static readonly DiagnosticCode TargetMissing = new("LF3002", Severity.Error, "a link points to a file that is not in the site");
    public static readonly DiagnosticCode WrongCase = new("LF3003", Severity.Error, "a link's file exists only in another case");
    public static readonly DiagnosticCode FolderWithoutIndex = new("LF3004", Severity.Error,
        "a link points to a folder without index.html");
    public static readonly DiagnosticCode EscapesRoot = new("LF3005", Severity.Error, "a link climbs above the site root");
    public static readonly DiagnosticCode MalformedUrl = new("LF3006", Severity.Error, "a link is not a valid URL");
    public static readonly DiagnosticCode ScriptLink = new("LF3007", Severity.Error, "a javascript: link");
    public static readonly DiagnosticCode MalformedMailto = new("LF3008", Severity.Error, "a mailto: link without valid e-mail addresses");
    public static readonly DiagnosticCode MalformedTel = new("LF3009", Severity.Error, "a tel: link that is not a phone number");
    public static readonly DiagnosticCode AlternateNotReciprocal = new("LF3010", Severity.Error,
        "an hreflang alternate that does not link back");
    public static readonly DiagnosticCode MissingDefaultAlternate = new("LF3011", Severity.Error, "hreflang alternates without x-default");
    public static readonly DiagnosticCode ExternalBroken = new("LF3012", Severity.Error, "an external link is broken");
    public static readonly DiagnosticCode ExternalRedirected = new("LF3013", Severity.Warning, "an external link moved permanently");
    public static readonly DiagnosticCode ExternalUnverified = new("LF3014", Severity.Warning, "an external link could not be verified");
    public static readonly DiagnosticCode ImageWithoutAlt = new("LF3015", Severity.Warning, "an image without alt text");
    public static readonly DiagnosticCode DuplicateId = new("LF3016", Severity.Warning, "an id used more than once on a page");
    public static readonly DiagnosticCode CrossLanguageLink = new("LF3017", Severity.Warning,
        "a link into another language that is not a language switch");
    public static readonly DiagnosticCode PageUnreadable = new("LF3018", Severity.Error, "a page could not be read");

    // PDF
    public static readonly DiagnosticCode MissingGlyph = new("LF4001", Severity.Error, "a character no font of the language's chain can draw");
    public static readonly DiagnosticCode PdfPictureNotFound = new("LF4002", Severity.Error, "a picture the PDF cannot find");
    public static readonly DiagnosticCode PdfPictureFormat = new("LF4003", Severity.Error, "a picture that is not PNG or JPEG");
    public static readonly DiagnosticCode PdfUnsupportedBlock = new("LF4004", Severity.Warning, "a block the PDF cannot show");
    public static readonly DiagnosticCode PictureWithoutText = new("LF4005", Severity.Warning, "a picture without alternative text");
    public static readonly DiagnosticCode BilingualSectionsDiffer = new("LF4010", Severity.Warning,
        "the two translations of a bilingual PDF differ in structure; it aligns the sections they share");

    // Templates
    public static readonly DiagnosticCode TemplateFailed = new("LF5001", Severity.Error, "a template does not parse or fails to render");
    public static readonly DiagnosticCode TemplateStringMissing = new("LF5003", Severity.Error,
        "a template uses an interface string a language lacks");
    public static readonly DiagnosticCode InterfaceStringUnused = new("LF5004", Severity.Warning, "an interface string no template uses");
    public static readonly DiagnosticCode InterfaceStringByName = new("LF5005", Severity.Error,
        "an interface string named at run time (t[name])");
    public static readonly DiagnosticCode TemplateOutsideFolder = new("LF5006", Severity.Error,
        "a template or asset that is a symbolic link out of templates/, or a linked folder under templates/assets/");

    // Usage and environment
    public static readonly DiagnosticCode Usage = new("LF9001", Severity.Error, "wrong usage, or a malformed SOURCE_DATE_EPOCH");
    public static readonly DiagnosticCode FolderMissing = new("LF9002", Severity.Error, "the content or templates folder does not exist");
    public static readonly DiagnosticCode OutputRefused = new("LF9003", Severity.Error,
        "an output folder the build refuses to replace: /, the home folder, a repository, the sources or a folder around or inside them, a file, a symbolic link, a folder with files and no .leaflet-output, or something foreign where its staging folder goes");
    public static readonly DiagnosticCode PortInUse = new("LF9004", Severity.Error, "serve: the port is in use");
    public static readonly DiagnosticCode CannotListen = new("LF9005", Severity.Error, "serve: cannot listen on that host and port");
    public static readonly DiagnosticCode RebuildReadFailed = new("LF9006", Severity.Error,
        "serve: a file vanished or could not be read while rebuilding; the next change reads everything");
    public static readonly DiagnosticCode FileSystemFailure = new("LF9007", Severity.Error,
        "a file the system would not read or write (a full disk, permissions); nothing is published");
    public static readonly DiagnosticCode OutputBusy = new("LF9010", Severity.Error,
        "another build is writing the same output folder, and --no-wait was given");

    /// <summary>Every code, in the order of their identifiers.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        NotUtf8, YamlUnreadable, FrontMatterMissing, FieldInvalid, UnknownField, LanguageInvalid,
        SiteConfigurationInvalid, RawHtml, TitleInBody, PictureOutside, PictureFormat, PictureMissing, FileNameNotUrl,
        CodeLink, ArticleLinkMissing, InterfaceStringMissing, FileTooLarge, NestedTooDeep, FileUnreadable,
        ReviewOverdue, ReviewBeforeLastReview, ReviewDateMissing, ContentOutsideFolder, FontUnusable, FontUnsupported, DraftLink,
        IdentityMissing, DuplicateCode, ChangedWithoutNewVersion, NotAnArticle,
        NewSiteFolderNotEmpty, LeafletExists, SlugInvalid, LanguageNotBuiltIn, LanguageFileMissing, DigitsInvalid, DigitsSameAsLatin,
        BilingualPairInvalid, BilingualPairIncomplete, LongSentence, WordToAvoid, TranslationMissing,
        TranslationStructure, TranslationOutOfDate, TranslationUnrecorded, TranslatedFromMalformed, NotATranslation,
        ClinicalQuestionOpen, ClinicalPassageMissing,
        FragmentMissing, TargetMissing, WrongCase, FolderWithoutIndex, EscapesRoot, MalformedUrl, ScriptLink,
        MalformedMailto, MalformedTel, AlternateNotReciprocal, MissingDefaultAlternate, ExternalBroken,
        ExternalRedirected, ExternalUnverified, ImageWithoutAlt, DuplicateId, CrossLanguageLink, PageUnreadable,
        MissingGlyph, PdfPictureNotFound, PdfPictureFormat, PdfUnsupportedBlock, PictureWithoutText, BilingualSectionsDiffer, TemplateFailed,
        TemplateStringMissing, InterfaceStringUnused, InterfaceStringByName, TemplateOutsideFolder,
        Usage, FolderMissing, OutputRefused, PortInUse, CannotListen, RebuildReadFailed, FileSystemFailure, OutputBusy,
    ];
}
