namespace GovRules.Language;

/// <summary>
/// One distinct written word, shared by every token of it (see <see cref="WordPool"/>). Its lower-case form carries
/// what the analysers worked out about the word, each once: reading a token's analysis is a field read, not a
/// dictionary lookup by string, and a draft repeats its words thousands of times.
/// </summary>
internal sealed class WordForm
{
    private WordAnalysis? lexicon;

    // A classifier's id in the high half, the classes in the low half: one 64-bit field is read and written whole,
    // so a reader on another thread never pairs one classifier's id with another's classes.
    private long classes;

    private WordForm(string text) => Text = text;

    /// <summary>The word as written.</summary>
    public string Text { get; }

    /// <summary>The lower-case form (this instance when the word is already lower-case).</summary>
    public WordForm Lower { get; private set; } = null!;

    /// <summary>A word that is its own lower-case form.</summary>
    public static WordForm Folded(string lower)
    {
        var form = new WordForm(lower);
        form.Lower = form;
        return form;
    }

    /// <summary>A word written with capitals, whose lower-case form is <paramref name="lower"/>.</summary>
    public static WordForm Cased(string text, WordForm lower) => new(text) { Lower = lower };

    /// <summary>What <paramref name="owner"/> computed for this (lower-case) word, or null when it has not yet.</summary>
    public WordAnalysis? LexiconAnalysis(object owner) => lexicon is { } analysis && ReferenceEquals(analysis.Owner, owner) ? analysis : null;

    /// <summary>Keeps an analysis (which names its owner); one owner at a time (a process normally has one lexicon).</summary>
    public void KeepLexiconAnalysis(WordAnalysis analysis) => lexicon = analysis;

    /// <summary>The word's classes by <paramref name="classifier"/>, worked out on first use.</summary>
    public int ClassesBy(WordClassifier classifier)
    {
        var packed = Volatile.Read(ref classes);
        if ((int)(packed >> 32) == classifier.Id) return (int)packed;
        var value = classifier.Classify(Text);
        Volatile.Write(ref classes, ((long)classifier.Id << 32) | (uint)value);
        return value;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>Sorts words into closed classes (conjunctions, adverbs, verb forms …) as bit flags the caller defines; cached on each word.</summary>
/// <param name="classify">The classes of a lower-case word.</param>
internal sealed class WordClassifier(Func<string, int> classify)
{
    private static int lastId;

    /// <summary>A number of its own (from 1: a word never classified holds 0).</summary>
    public int Id { get; } = Interlocked.Increment(ref lastId);

    /// <summary>Classifies a lower-case word.</summary>
    public int Classify(string word) => classify(word);
}
