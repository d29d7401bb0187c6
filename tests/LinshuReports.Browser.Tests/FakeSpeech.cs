namespace LinshuReports.Browser.Tests;

/// <summary>
/// A stand-in for the browser's speechSynthesis, injected before the page loads, that records each
/// utterance and lets the test decide when one finishes, so read-aloud is tested without a real voice.
/// </summary>
public static class FakeSpeech
{
    public static string Script(string voiceLanguage) => """
        (() => {
          class FakeUtterance { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; } }
          const synth = {
            paused: false, queue: [], current: null, spoken: [], cancelled: 0,
            getVoices() { return [{ name: 'Test voice', lang: '__LANG__', default: true, localService: true, voiceURI: 'test' }]; },
            speak(u) { this.queue.push(u); if (!this.current) this.next(); },
            next() {
              this.current = this.queue.shift() || null;
              if (this.current) {
                this.spoken.push({ text: this.current.text, lang: this.current.lang, rate: this.current.rate });
                this.current.onstart && this.current.onstart({});
              }
            },
            finish() { const u = this.current; if (!u) return; this.current = null; u.onend && u.onend({}); if (!this.current) this.next(); },
            pause() { this.paused = true; },
            resume() { this.paused = false; },
            cancel() {
              const pending = [this.current, ...this.queue].filter(Boolean);
              this.queue = []; this.current = null; this.cancelled++;
              pending.forEach(u => u.onerror && u.onerror({ error: 'canceled' }));
            },
            addEventListener() {},
            onvoiceschanged: null,
          };
          Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
          window.SpeechSynthesisUtterance = FakeUtterance;
        })();
        """.Replace("__LANG__", voiceLanguage, StringComparison.Ordinal);

    /// <summary>Removes speech synthesis altogether, as in browsers that have none.</summary>
    public const string None = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance; Object.defineProperty(window, 'speechSynthesis', { value: undefined });";
}
