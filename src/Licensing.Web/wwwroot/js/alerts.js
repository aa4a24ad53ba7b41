// The alerts dashboard: listens to the server-sent events stream, shows each alert in a banner,
// adds or marks its case in the list, and beeps when the officer has enabled sound.
(function () {
    'use strict';

    var list = document.getElementById('alert-cases');
    var banner = document.getElementById('alert-banner');
    var status = document.getElementById('live-status');
    var soundToggle = document.getElementById('sound-toggle');
    var template = document.getElementById('alert-case-template');
    if (!list || !banner || !status || !window.EventSource) return;

    var khmer = document.documentElement.lang === 'km';
    var soundKey = 'licensing.alerts.sound';
    var audio = null;

    function soundWanted() {
        try { return window.localStorage.getItem(soundKey) === 'on'; } catch (e) { return false; }
    }

    function rememberSound(on) {
        try { window.localStorage.setItem(soundKey, on ? 'on' : 'off'); } catch (e) { /* private mode: not remembered */ }
    }

    function unlockAudio() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!Context) return;
        if (!audio) audio = new Context();
        if (audio.state === 'suspended') audio.resume();
    }

    function beep() {
        if (!audio || !soundWanted()) return;
        var start = audio.currentTime;
        [880, 660, 880].forEach(function (frequency, i) {
            var tone = audio.createOscillator();
            var volume = audio.createGain();
            tone.type = 'sine';
            tone.frequency.value = frequency;
            volume.gain.setValueAtTime(0.0001, start + i * 0.18);
            volume.gain.exponentialRampToValueAtTime(0.3, start + i * 0.18 + 0.02);
            volume.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.16);
            tone.connect(volume).connect(audio.destination);
            tone.start(start + i * 0.18);
            tone.stop(start + i * 0.18 + 0.17);
        });
    }

    function showSoundState() {
        var on = soundWanted();
        soundToggle.setAttribute('aria-pressed', on ? 'true' : 'false');
        soundToggle.textContent = on ? status.dataset.soundOn : status.dataset.soundOff;
    }

    if (soundToggle) {
        soundToggle.hidden = false;
        showSoundState();
        soundToggle.addEventListener('click', function () {
            var on = !soundWanted();
            rememberSound(on);
            if (on) { unlockAudio(); beep(); }
            showSoundState();
        });
        if (soundWanted()) {
            // Browsers keep audio locked until the first gesture on the page.
            ['pointerdown', 'keydown'].forEach(function (type) {
                document.addEventListener(type, unlockAudio, { once: true });
            });
        }
    }

    function caseRow(caseId) {
        return list.querySelector('[data-case-id="' + caseId + '"]');
    }

    // The case page's address as the page wrote it (for the empty id), so the script never spells a route.
    function caseLink(caseId) {
        return list.dataset.caseLink.replace('00000000-0000-0000-0000-000000000000', caseId);
    }

    function addRow(alert, title) {
        if (!template) return;
        var row = template.content.firstElementChild.cloneNode(true);
        row.dataset.caseId = alert.caseId;
        var link = row.querySelector('h3 a');
        link.href = caseLink(alert.caseId);
        link.textContent = title;
        row.querySelector('.badge-new').textContent = status.dataset.new;
        row.querySelector('.alert-country').textContent = khmer ? alert.countryKm : alert.countryEn;
        row.querySelector('.alert-location').textContent = alert.lastKnownLocation;
        var reported = row.querySelector('.alert-reported');
        reported.dateTime = alert.reportedAt;
        reported.textContent = alert.reported;
        row.querySelector('input[name="CaseId"]').value = alert.caseId;
        row.querySelector('input[name="CaseNumber"]').value = alert.caseNumber;
        list.insertBefore(row, list.firstElementChild);
        countOneMore();
    }

    function countOneMore() {
        var count = document.getElementById('open-count');
        if (!count) return;
        count.dataset.count = String(Number(count.dataset.count) + 1);
        count.textContent = count.dataset.format.replace('{0}', count.dataset.count);
    }

    function showBanner(alert, title) {
        var message = document.createElement('p');
        var text = document.createElement('strong');
        text.textContent = title;
        var link = document.createElement('a');
        link.href = caseLink(alert.caseId);
        link.textContent = status.dataset.open + ' ' + alert.caseNumber;
        message.appendChild(text);
        message.appendChild(document.createTextNode(' '));
        message.appendChild(link);
        banner.insertBefore(message, banner.firstChild);
        while (banner.children.length > 3) banner.removeChild(banner.lastChild);
    }

    function onAlert(event) {
        var alert = JSON.parse(event.data);
        var title = khmer ? alert.titleKm : alert.titleEn;
        showBanner(alert, title);
        var row = caseRow(alert.caseId);
        if (row) {
            row.classList.add('fresh');
        } else if (alert.kind === 'Reported') {
            addRow(alert, title);
        }
        list.dataset.after = event.lastEventId || list.dataset.after;
        beep();
    }

    status.textContent = status.dataset.connecting;
    var stream = new EventSource(list.dataset.stream + '?after=' + encodeURIComponent(list.dataset.after || '0'));
    stream.addEventListener('alert', onAlert);
    stream.addEventListener('open', function () { status.textContent = status.dataset.live; });
    stream.addEventListener('error', function () {
        // A closed stream (signed out, server refused) does not retry by itself.
        status.textContent = stream.readyState === EventSource.CLOSED ? status.dataset.closed : status.dataset.offline;
    });
})();
