namespace Leaflet.Pdf.Model;

/// <summary>Inline text with its emphasis and, for links, the absolute target. "\n" is a hard line break.</summary>
public sealed record Run(string Text, bool Bold = false, bool Italic = false, Uri? Link = null);

/// <summary>A block of the leaflet's body, in reading order; Line is 1-based in the Markdown file.</summary>
public abstract record Block(int Line);

public sealed record HeadingBlock(int Level, IReadOnlyList<Run> Runs, int Line) : Block(Line);

public sealed record ParagraphBlock(IReadOnlyList<Run> Runs, int Line) : Block(Line);

public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItemBlock> Items, int Line) : Block(Line);

public sealed record ListItemBlock(IReadOnlyList<Block> Blocks, int Line) : Block(Line);

public sealed record CalloutBlock(IReadOnlyList<Block> Blocks, int Line) : Block(Line);

public sealed record PictureBlock(string FilePath, string AltText, int PixelWidth, int PixelHeight, int Line) : Block(Line);
