using Leaflet.Validation;

namespace Leaflet.Tests.Validation;

/// <summary>Sentences as the reading-ease counts and the plain-language checks see them, in the scripts the leaflets are written in.</summary>
public sealed class TextSpansTests
{
    [Theory]
    [InlineData("Is it an angioma? Ask a doctor. It is common!", 3)]
    [InlineData("هل هي ورم وعائي؟ اسأل الطبيب. هذا شائع!", 3)]
    [InlineData("کیا یہ خطرناک ہے؟ ڈاکٹر سے پوچھیں۔ یہ عام ہے۔", 3)]
    [InlineData("0.5 cm across, www.who.int says so.", 1)]
    public void A_sentence_ends_at_its_scripts_full_stop_or_question_mark_before_a_space(string text, int sentences) =>
        Assert.Equal(sentences, TextSpans.Sentences(text).Count());
}
