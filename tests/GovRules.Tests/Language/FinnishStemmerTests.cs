using GovRules.Language;

namespace GovRules.Tests.Language;

/// <summary>Inflection- and compound-aware matching of base forms; the cases are the built-in stemmer's spec.</summary>
public class FinnishStemmerTests
{
    private static readonly FinnishStemmer Stemmer = FinnishStemmer.Instance;

    [Theory]
    [InlineData("pelastusjohtaja", "pelastusjohtaja pelastusjohtajan pelastusjohtajalla pelastusjohtajalle pelastusjohtajana pelastusjohtajaksi pelastusjohtajat pelastusjohtajien pelastusjohtajaa")]
    [InlineData("lautakunta", "lautakunnan lautakuntaa lautakunnalle lautakunnat lautakuntien lautakunnille lautakuntaan lautakunnassa")]
    [InlineData("aluehallitus", "aluehallituksen aluehallitukselle aluehallituksella aluehallitusta aluehallitukseen aluehallitukset")]
    [InlineData("valvonta", "valvonnan valvontaa valvonnasta")]
    [InlineData("palveluverkko", "palveluverkon palveluverkkoa palveluverkosta palveluverkkoja")]
    [InlineData("toimivalta", "toimivallan toimivaltaa toimivaltaansa toimivallasta")]
    [InlineData("kerta", "kerran kertaa")]
    [InlineData("työnjako", "työnjaon työnjakoa")]
    [InlineData("johto", "johdon johtoa")]
    [InlineData("kaupunki", "kaupungin kaupunkia kaupungeissa")]
    [InlineData("lupa", "luvan lupaa")]
    [InlineData("katu", "kadun katua")]
    [InlineData("kampa", "kamman kampaa")]
    [InlineData("saatavuus", "saatavuuden saatavuudesta saatavuutta")]
    [InlineData("järjestäminen", "järjestämisen järjestämisestä järjestämistä")]
    [InlineData("sisäinen", "sisäisen sisäistä sisäisten")]
    [InlineData("vaikuttamistoimielin", "vaikuttamistoimielimen vaikuttamistoimielimet vaikuttamistoimielinten vaikuttamistoimielimien")]
    [InlineData("valtuustokausi", "valtuustokauden valtuustokautta valtuustokausien")]
    [InlineData("alue", "alueen alueella alueet alueiden aluetta")]
    [InlineData("asiakas", "asiakkaan asiakkaat asiakkaita")]
    [InlineData("vastuu", "vastuun vastuuta vastuuseen")]
    [InlineData("talous", "talouden taloutta")]
    [InlineData("tki", "tki:n tki:hin")]
    public void Inflected_forms_match_the_base_form(string baseForm, string forms)
    {
        foreach (var form in forms.Split(' ')) Stemmer.IsFormOf(form, baseForm).ShouldBeTrue(form);
    }

    [Theory]
    [InlineData("hyvinvointialuejohtaja", "johtaja")]
    [InlineData("hyvinvointialuejohtajan", "johtaja")]
    [InlineData("pelastuslautakunta", "lautakunta")]
    [InlineData("johtajasopimus", "johtaja")]
    [InlineData("aluehallitus", "hallitus")]
    [InlineData("kuntaneuvottelu", "kunta")]
    public void A_compound_is_not_a_form_of_its_part(string word, string baseForm) =>
        Stemmer.IsFormOf(word, baseForm).ShouldBeFalse();

    [Theory]
    [InlineData("pelastuslautakunnan", "lautakunta", 8)]
    [InlineData("hyte-lautakunnalle", "lautakunta", 5)]
    [InlineData("lautakunta", "lautakunta", 0)]
    public void A_compound_head_is_found_when_asked_for(string word, string head, int headStart)
    {
        Stemmer.EndsWithFormOf(word, head, out var start).ShouldBeTrue();
        start.ShouldBe(headStart);
    }

    [Theory]
    [InlineData("pelastusjohtaja", "Nominative", false)]
    [InlineData("pelastusjohtajat", "Nominative", true)]
    [InlineData("pelastusjohtajan", "Genitive", false)]
    [InlineData("pelastusjohtajalle", "Allative", false)]
    [InlineData("pelastusjohtajille", "Allative", true)]
    [InlineData("pelastusjohtajalla", "Adessive", false)]
    [InlineData("pelastusjohtajana", "Essive", false)]
    [InlineData("pelastusjohtajaa", "Partitive", false)]
    [InlineData("pelastusjohtajien", "Genitive", true)]
    public void The_case_of_a_form_is_told(string word, string expected, bool plural)
    {
        Stemmer.TryGetCase(word, "pelastusjohtaja", out var grammaticalCase, out var isPlural).ShouldBeTrue();
        grammaticalCase.ToString().ShouldBe(expected);
        isPlural.ShouldBe(plural);
    }

    [Theory]
    [InlineData("järjestämisestä", "järjestäminen")]
    [InlineData("saatavuudesta", "saatavuus")]
    [InlineData("aluehallituksen", "aluehallitus")]
    [InlineData("palvelujen", "palvelu")]
    public void Stem_reduces_a_task_word(string word, string stem) => Stemmer.Stem(word).ShouldBe(stem);
}
