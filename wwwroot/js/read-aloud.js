// 朗读: reads a report aloud with the browser's own Chinese voice. The controls are rendered hidden by the
// server and shown only when speech synthesis with a Chinese voice exists, so without either (or without
// JavaScript) they are absent, never broken. Nothing is read until the reader presses a button.
(() => {
  'use strict';
  const panel = document.querySelector('[data-read-aloud]');
  const body = document.querySelector('.report__body');
  const synth = window.speechSynthesis;
  if (!panel || !body || !synth || typeof SpeechSynthesisUtterance !== 'function') return;

  const $ = (selector) => panel.querySelector(selector);
  const pauseButton = $('[data-pause]');
  const stopButton = $('[data-stop]');
  const status = $('[data-status]');
  const blocks = 'h2, h3, h4, p, li:not(:has(p)), th, td:not(:has(p)), blockquote:not(:has(p))';
  const calm = matchMedia('(prefers-reduced-motion: reduce)');
  let voice = null;
  let rate = 1;
  let queue = [];
  let run = 0;
  let current = null;

  const announce = (text) => { status.textContent = text; };

  const highlight = (element) => {
    if (current) current.classList.remove('is-reading');
    current = element;
    if (!element) return;
    element.classList.add('is-reading');
    element.scrollIntoView({ block: 'center', behavior: calm.matches ? 'auto' : 'smooth' });
  };

  const setPlaying = (playing) => {
    pauseButton.disabled = !playing;
    stopButton.disabled = !playing;
    pauseButton.textContent = '暂停';
  };

  const speakNext = (token) => {
    if (token !== run) return;
    const element = queue.shift();
    if (!element) {
      highlight(null);
      setPlaying(false);
      announce('朗读完毕');
      return;
    }
    const text = element.textContent.trim();
    if (!text) { speakNext(token); return; }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.voice = voice;
    utterance.rate = rate;
    utterance.onstart = () => { if (token === run) highlight(element); };
    utterance.onend = () => speakNext(token);
    utterance.onerror = () => speakNext(token);
    synth.speak(utterance);
  };

  const start = (elements, what) => {
    run += 1;
    synth.cancel();
    queue = elements;
    setPlaying(true);
    announce('开始朗读' + what);
    speakNext(run);
  };

  const stop = () => {
    run += 1;
    queue = [];
    synth.cancel();
    highlight(null);
    setPlaying(false);
    announce('已停止朗读');
  };

  const section = (heading) => {
    const elements = [heading];
    for (let next = heading.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) {
      if (next.matches(blocks)) elements.push(next);
      elements.push(...next.querySelectorAll(blocks));
    }
    return elements;
  };

  const show = () => {
    const template = $('template[data-section-button]');
    for (const heading of body.querySelectorAll('h2')) {
      const button = template.content.firstElementChild.cloneNode(true);
      button.setAttribute('aria-label', '朗读本节：' + heading.textContent.trim());
      button.addEventListener('click', () => start(section(heading), '本节'));
      heading.after(button);
    }
    $('[data-read-all]').addEventListener('click', () => start([...body.querySelectorAll(blocks)], '全文'));
    stopButton.addEventListener('click', stop);
    pauseButton.addEventListener('click', () => {
      if (synth.paused) {
        synth.resume();
        pauseButton.textContent = '暂停';
        announce('继续朗读');
      } else {
        synth.pause();
        pauseButton.textContent = '继续';
        announce('已暂停');
      }
    });
    for (const choice of panel.querySelectorAll('[data-rate]')) {
      choice.addEventListener('click', () => {
        rate = Number(choice.dataset.rate);
        for (const other of panel.querySelectorAll('[data-rate]')) other.setAttribute('aria-pressed', String(other === choice));
        announce('语速：' + choice.textContent);
      });
    }
    panel.hidden = false;
  };

  const findVoice = () => {
    const voices = synth.getVoices();
    voice = voices.find((v) => /^zh[-_]CN/i.test(v.lang)) || voices.find((v) => /^zh/i.test(v.lang)) || null;
    if (voice && panel.hidden) show();
  };

  findVoice();
  if (!voice && 'onvoiceschanged' in synth) synth.addEventListener('voiceschanged', findVoice);
})();
