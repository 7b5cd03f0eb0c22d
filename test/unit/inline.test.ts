// src/lib/inline.ts: plain-text facts become HTML with only our own tags in it.
import { describe, expect, it } from 'vitest';
import { breakableName, escapeHtml, inlineCode, titleName } from '../../src/lib/inline';

describe('escapeHtml', () => {
	it('escapes the five characters that can open markup or end an attribute', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
	});

	it('leaves other text as it is', () => {
		expect(escapeHtml('0x0101 — Connection Timeout (café)')).toBe('0x0101 — Connection Timeout (café)');
	});
});

describe('inlineCode', () => {
	it('turns backticked spans into <code>', () => {
		expect(inlineCode('Check `conn_timeout` and `retry_max`.')).toBe('Check <code>conn_timeout</code> and <code>retry_max</code>.');
	});

	it('escapes markup inside and outside the backticks', () => {
		expect(inlineCode('`<script>` & <img src=x onerror=alert(1)>')).toBe('<code>&lt;script&gt;</code> &amp; &lt;img src=x onerror=alert(1)&gt;');
	});

	it('leaves a lone backtick alone', () => {
		expect(inlineCode('a ` b')).toBe('a ` b');
	});
});

describe('breakableName', () => {
	it('lets names wrap after _, :: and -, and between camel-case words', () => {
		expect(breakableName('session_timeout')).toBe('session_<wbr>timeout');
		expect(breakableName('AeadError::DecryptionFailed')).toBe('Aead<wbr>Error::<wbr>Decryption<wbr>Failed');
		expect(breakableName('proof-verification-failed')).toBe('proof-<wbr>verification-<wbr>failed');
	});

	it('never breaks inside a word, and escapes first', () => {
		expect(breakableName('TIMEOUT')).toBe('TIMEOUT');
		expect(breakableName('0x0405')).toBe('0x0405');
		expect(breakableName('<b>')).toBe('&lt;b&gt;');
	});
});

describe('titleName', () => {
	it('keeps a part whole when it has weaker joints of its own: `::` first, then `_` or `-`, then camel case', () => {
		expect(titleName('AeadError::DataTooShort')).toBe(
			'<span class="name-part"><span class="name-part">Aead<wbr>Error::</span><wbr><span class="name-part">Data<wbr>Too<wbr>Short</span></span>',
		);
		expect(titleName('Foo::BAR_BAZ')).toBe('<span class="name-part">Foo::<wbr><span class="name-part">BAR_<wbr>BAZ</span></span>');
	});

	it('keeps each word of a name whole, so it moves to the next line before it breaks', () => {
		expect(titleName('Invalid period_ms range')).toBe('Invalid <span class="name-part">period_<wbr>ms</span> range');
		expect(titleName('PROTOCOL_VERSION_MISMATCH')).toBe('<span class="name-part">PROTOCOL_<wbr>VERSION_<wbr>MISMATCH</span>');
	});

	it('leaves words without joints as they are, and escapes', () => {
		expect(titleName('Data too short for HMAC')).toBe('Data too short for HMAC');
		expect(titleName('0x0101')).toBe('0x0101');
		expect(titleName('<b> & "x"')).toBe('&lt;b&gt; &amp; &quot;x&quot;');
		expect(titleName('<b>_x')).toBe('<span class="name-part">&lt;b&gt;_<wbr>x</span>');
	});
});
