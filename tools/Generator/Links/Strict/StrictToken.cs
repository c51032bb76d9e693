namespace Leaflet.Links.Strict;

/// <summary>What the strict tokenizer read next.</summary>
internal enum StrictToken
{
    StartTag,
    EndTag,
    Text,
    WhitespaceText,
    Comment,
    Doctype,
    EndOfPage,

    /// <summary>Something outside the strict subset: the page goes to the full parser.</summary>
    Refused,
}
