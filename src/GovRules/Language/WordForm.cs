namespace GovRules.Language;

/// <summary>
/// One distinct written word, shared by every token of it (see <see cref="WordPool"/>). Its lower-case form carries
/// what the analysers worked out about the word, each once: reading a token's analysis is a field read, not a
/// dictionary lookup by string, and a draft repeats its words thousands of times.
/// </summary>
internal sealed class WordForm
{
    private LexiconSlot? lexicon;
    private ClassSlot? classes;

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
    public T? LexiconAnalysis<T>(object owner)
        where T : class => lexicon is { } slot && ReferenceEquals(slot.Owner, owner) ? (T)slot.Value : null;

    /// <summary>Keeps <paramref name="owner"/>'s analysis; one owner at a time (a process normally has one lexicon).</summary>
    public void KeepLexiconAnalysis(object owner, object value) => lexicon = new LexiconSlot(owner, value);

    /// <summary>The word's classes by <paramref name="classifier"/>, worked out on first use.</summary>
    public int ClassesBy(WordClassifier classifier)
    {
        if (classes is { } slot && ReferenceEquals(slot.Owner, classifier)) return slot.Value;
        var value = classifier.Classify(Text);
        classes = new ClassSlot(classifier, value);
        return value;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    // One immutable object a slot: a reader on another thread sees the owner and its value together, never a mix.
    private sealed record LexiconSlot(object Owner, object Value);

    private sealed record ClassSlot(WordClassifier Owner, int Value);
}

/// <summary>Sorts words into closed classes (conjunctions, adverbs, verb forms …) as bit flags the caller defines; cached on each word.</summary>
/// <param name="classify">The classes of a lower-case word.</param>
internal sealed class WordClassifier(Func<string, int> classify)
{
    /// <summary>Classifies a lower-case word.</summary>
    public int Classify(string word) => classify(word);
}
