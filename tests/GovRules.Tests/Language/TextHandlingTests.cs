using GovRules.Language;

namespace GovRules.Tests.Language;

/// <summary>Normalisation, tokenising and suspended-hyphen expansion before any matching.</summary>
public class TextHandlingTests
{
    [Theory]
    [InlineData("pelastus\u00ADjohtaja", "pelastusjohtaja")]
    [InlineData("pelastustoimen jär-\njestämisestä", "pelastustoimen järjestämisestä")]
    [InlineData("pelastustoimen jär- jestämisestä", "pelastustoimen järjestämisestä")]
    [InlineData("sosiaali- ja terveyspalvelut", "sosiaali- ja terveyspalvelut")]
    [InlineData("\u201CValmius ja turvallisuus\u201D  -lautakunta", "\"Valmius ja turvallisuus\" -lautakunta")]
    [InlineData("  aluehallitus \t\n vastaa ", "aluehallitus vastaa")]
    [InlineData("HYTE\u2011lautakunta", "HYTE-lautakunta")]
    [InlineData("aluehallitus\u00A0vastaa", "aluehallitus vastaa")] // a non-breaking space Word puts after a number or between names
    [InlineData("kaksi  välilyöntiä", "kaksi välilyöntiä")]
    [InlineData("pelastus\u200Bjohtaja", "pelastusjohtaja")]
    [InlineData("aluehallitus\u2014aluevaltuusto", "aluehallitus–aluevaltuusto")]
    public void Normalize_cleans_text(string input, string expected) => TextNormalizer.Normalize(input).ShouldBe(expected);

    [Fact]
    public void A_clean_paragraph_is_returned_as_it_is()
    {
        var text = "Pelastusjohtaja vastaa pelastustoimen järjestämisestä – myös valmiussuunnittelusta (12 §).";

        ReferenceEquals(TextNormalizer.Normalize(text), text).ShouldBeTrue();
    }

    [Fact]
    public void A_word_is_analysed_once_and_every_token_of_it_reads_the_same_analysis()
    {
        var matcher = LexiconMatcher.For(Lexicon.Default, FinnishStemmer.Instance);
        var first = Tokenizer.Tokenize("Pelastusjohtajan tehtävät")[0];
        var second = Tokenizer.Tokenize("pelastusjohtajan")[0];

        ReferenceEquals(first.Word, second.Word).ShouldBeTrue(); // "Pelastusjohtajan" and "pelastusjohtajan" share the lower-case form
        ReferenceEquals(matcher.WordsOf(first), matcher.WordsOf(second)).ShouldBeTrue();
        matcher.WordsOf(first).ShouldBeSameAs(matcher.WordsOf("pelastusjohtajan"));
        matcher.StemOf(first).ShouldBe(matcher.StemOf(second));
    }

    [Fact]
    public void Tokenizer_keeps_hyphenated_words_abbreviation_endings_and_name_hyphens()
    {
        var tokens = Tokenizer.Tokenize("HYTE-lautakunta, TKI:n ja Palvelut ja resurssit -lautakunnalle (12 §).");
        tokens.Where(t => t.IsWord).Select(t => t.Lower).ShouldBe(["hyte-lautakunta", "tki:n", "ja", "palvelut", "ja", "resurssit", "-lautakunnalle"]);
        tokens.ShouldContain(t => t.Text == "§" && !t.IsWord);
    }

    [Theory]
    [InlineData("Aluehallitus ÄÄNESTÄÄ", "aluehallitus äänestää")]
    [InlineData("Aluehallitus \U0001F600 Ǆ", "aluehallitus ǆ")] // an emoji (a surrogate pair, not a word) and a Latin digraph
    public void Tokens_are_lower_cased_once_whatever_the_characters(string text, string words) =>
        string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => t.Lower)).ShouldBe(words);

    [Fact]
    public void Words_that_share_a_slot_of_the_recent_word_table_still_read_as_themselves()
    {
        // Two made-up words whose hashes land in one slot of the tokenizer's per-thread table: each must evict the other, never be mistaken for it.
        var bySlot = new Dictionary<int, string>();
        string first = "", second = "";
        for (var n = 0; second.Length == 0; n++)
        {
            var word = "sana" + new string((char)('a' + (n % 26)), 1 + (n / 26 % 5)) + n.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('0', 'o').Replace('1', 'i');
            var hash = RecentForms.Seed;
            foreach (var c in word) hash = RecentForms.Hash(hash, c);
            if (bySlot.TryGetValue(RecentForms.SlotOf(hash), out var other) && other != word) (first, second) = (other, word);
            else bySlot[RecentForms.SlotOf(hash)] = word;
        }

        var tokens = Tokenizer.Tokenize($"{first} {second} {first} {second}");

        tokens.Select(t => t.Text).ShouldBe([first, second, first, second]);
        ReferenceEquals(tokens[0].Form, tokens[2].Form).ShouldBeTrue();
    }

    [Fact]
    public void The_same_word_in_two_documents_shares_one_string()
    {
        var first = Tokenizer.Tokenize(TextNormalizer.Normalize("Pelastusjohtaja vastaa pelastustoimesta."));
        var second = Tokenizer.Tokenize("Pelastusjohtaja " + "vastaa.");

        ReferenceEquals(first[0].Text, second[0].Text).ShouldBeTrue();
        ReferenceEquals(first[1].Lower, second[1].Lower).ShouldBeTrue();
    }

    [Theory]
    [InlineData("nuoriso-, vanhus- ja vammaisneuvostot", "nuorisoneuvostot, vanhusneuvostot ja vammaisneuvostot")]
    [InlineData("tarkastus- ja aluevaalilautakunnat", "tarkastuslautakunnat ja aluevaalilautakunnat")]
    [InlineData("tarkastus- ja aluevaalilautakuntien jäsenet", "tarkastuslautakuntien ja aluevaalilautakuntien jäsenet")]
    [InlineData("sosiaali- ja terveyslautakunta", "sosiaali- ja terveyslautakunta")]
    [InlineData("sosiaali- ja terveyspalvelujen järjestäminen", "sosiaalipalvelujen ja terveyspalvelujen järjestäminen")]
    [InlineData("Valmius ja turvallisuus -lautakunta", "Valmius ja turvallisuus -lautakunta")]
    public void Suspended_hyphens_expand_to_whole_names(string input, string expected) =>
        SuspendedHyphens.Expand(input, Lexicon.Default, FinnishStemmer.Instance).ShouldBe(expected);
}
