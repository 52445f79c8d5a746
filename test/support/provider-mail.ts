import { createHash } from 'node:crypto';

/**
 * Team replies with the header stacks real receiving servers write, for the authentication tests:
 * Google Workspace (mx.google.com, ARC, header.i, header.b), Microsoft 365 / Exchange Online (no
 * authserv-id, compauth, X-MS-Exchange-Organization-*), and Postfix with OpenDKIM, OpenDMARC and
 * SPF milters (one Authentication-Results each, all on top). Shapes follow Microsoft's "Anti-spam
 * message headers" page, Gmail's "Show original", and the OpenDKIM/OpenDMARC header formats.
 */

/** Deterministic base64 that looks like a signature: `bytes` bytes derived from `seed`. */
export function fakeBase64(seed: string, bytes = 256): string {
  let out = Buffer.alloc(0);
  for (let round = 0; out.length < bytes; round++) out = Buffer.concat([out, createHash('sha256').update(`${seed}:${round}`).digest()]);
  return out.subarray(0, bytes).toString('base64');
}

/** RFC 5322 date-time in a given zone offset, e.g. `Mon, 2 Mar 2026 08:50:00 -0800`. */
export function rfc5322Date(iso: string, offsetMinutes = 0): string {
  const shifted = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (value: number): string => String(value).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${days[shifted.getUTCDay()]}, ${shifted.getUTCDate()} ${months[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())} ${zone}`;
}

/** Folds a long header the way signers do: continuation lines start with a tab. */
function fold(name: string, parts: string[]): string {
  return `${name}: ${parts.join('\r\n\t')}`;
}

export interface DkimSpec {
  d: string;
  s: string;
  /** Seed of the b= value: the same seed is the same signature. */
  seed: string;
  /** t= as an ISO time; null leaves t= out. */
  t: string | null;
  /** h=; Gmail-style by default. */
  h?: string;
}

export function dkimSignature(spec: DkimSpec, name = 'DKIM-Signature'): string {
  const b = fakeBase64(spec.seed);
  return fold(name, [
    `v=1; a=rsa-sha256; c=relaxed/relaxed;`,
    `d=${spec.d}; s=${spec.s};${spec.t ? ` t=${Math.floor(Date.parse(spec.t) / 1000)};` : ''}`,
    `h=${spec.h ?? 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to'};`,
    `bh=${fakeBase64(`${spec.seed}:bh`, 32)};`,
    `b=${b.slice(0, 70)}`,
    ...(b.slice(70).match(/.{1,70}/g) ?? []),
  ]);
}

/** The first 8 characters of b=, as header.b= names the signature in Authentication-Results (RFC 6008). */
export function headerB(seed: string): string {
  return fakeBase64(seed).slice(0, 8);
}

export interface Letter {
  from: string;
  to?: string;
  subject: string;
  /** Command lines; a quoted bot message follows them. */
  body: string;
  messageId: string;
  inReplyTo: string;
  /** When the team member wrote it (ISO). */
  at: string;
  /** The Date header as written; `at` in -08:00 when absent; null leaves Date out. */
  date?: string | null;
  /** Headers the sending side wrote above From (DKIM-Signature, X-Google-*, ...), in order. */
  signed?: string[];
  /** More headers in the sender's part (an attacker's forged Authentication-Results, a second From, ...). */
  extra?: string[];
}

/** The sender's part of the message: what the team member's client and outbound server wrote. */
export function letterHeaders(letter: Letter): string[] {
  return [
    ...(letter.signed ?? []),
    'MIME-Version: 1.0',
    `References: <${letter.inReplyTo}>`,
    `In-Reply-To: <${letter.inReplyTo}>`,
    `From: ${letter.from}`,
    ...(letter.date === null ? [] : [`Date: ${letter.date ?? rfc5322Date(letter.at, -480)}`]),
    `Message-ID: <${letter.messageId}>`,
    `Subject: ${letter.subject}`,
    `To: ${letter.to ?? 'privacy@example.test'}`,
    ...(letter.extra ?? []),
    'Content-Type: text/plain; charset="UTF-8"',
  ];
}

/** A whole message: the receiving side's headers on top (topmost first), then the sender's part. */
export function assemble(top: string[], letter: Letter, bottom: string[] = []): string {
  const body = `${letter.body}\r\n\r\nOn Mon, 2 Mar 2026 at 08:00, Calm Clinic Privacy Team <privacy@example.test> wrote:\r\n> A case needs you.\r\n`;
  return `${[...top, ...letterHeaders(letter), ...bottom].join('\r\n')}\r\n\r\n${body}`;
}

/** Gmail's Authentication-Results for a message signed by `domain` (header.i, header.b) and sent from its servers. */
export function gmailResults(spec: { domain: string; mailfrom: string; seed: string; dkim?: string; spf?: string; dmarc?: string; from?: string }): string {
  return fold('Authentication-Results', [
    'mx.google.com;',
    `       dkim=${spec.dkim ?? 'pass'} header.i=@${spec.domain} header.s=google header.b=${headerB(spec.seed)};`,
    `       spf=${spec.spf ?? 'pass'} (google.com: domain of ${spec.mailfrom} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${spec.mailfrom};`,
    `       dmarc=${spec.dmarc ?? 'pass'} (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${spec.from ?? spec.domain}`,
  ]);
}

/** What Gmail puts on top of a message it delivers to a Google Workspace mailbox. */
export function gmailTop(at: string, results: string, to = 'privacy@example.test'): string[] {
  const when = rfc5322Date(at, -480);
  return [
    `Delivered-To: ${to}`,
    `Received: by 2002:a05:7300:6d14:b0:1a2:4f3e:9c1 with SMTP id m20csp2211457dyc;\r\n        ${when} (PST)`,
    `X-Received: by 2002:a17:907:1c0a:b0:a9a:3b6c:12e5 with SMTP id nc10mr1744062ejc.41.1772470205612;\r\n        ${when} (PST)`,
    `ARC-Seal: i=1; a=rsa-sha256; t=${Math.floor(Date.parse(at) / 1000)}; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=${fakeBase64('arc-seal', 96)}`,
    `ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\r\n         :dkim-signature;\r\n        bh=${fakeBase64('arc-bh', 32)};\r\n        b=${fakeBase64('arc-ms', 96)}`,
    results.replace(/^Authentication-Results: mx\.google\.com;/, 'ARC-Authentication-Results: i=1; mx.google.com;'),
    'Return-Path: <team@example.test>',
    `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com with SMTPS id a640c23a62f3a-a9a6d1f3c1bsor2390781266b.9.2026.03.02.08.50.05\r\n        for <${to}>\r\n        (Google Transport Security);\r\n        ${when} (PST)`,
    'Received-SPF: pass (google.com: domain of team@example.test designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;',
    results,
  ];
}

/** The Google Workspace sender's part: its DKIM-Signature and Google's own headers. */
export function gmailSigned(spec: { domain: string; seed: string; at: string }): string[] {
  return [
    dkimSignature({ d: spec.domain, s: 'google', seed: spec.seed, t: spec.at }),
    dkimSignature({ d: '1e100.net', s: '20230601', seed: `${spec.seed}:x`, t: spec.at }, 'X-Google-DKIM-Signature'),
    'X-Gm-Message-State: AOJu0YwJ3t0bTq4mF4rY1lSzE2m7pKQ4V1Gf8nU2k3tJmQW5x1Vb3Y9H',
    'X-Google-Smtp-Source: AGHT+IFr0aP3e2w8mKx7tQ1mJ8y6Vd0cL4n5b2pZq9sWe3r7tY1uI0oP',
  ];
}

/** Exchange Online's Authentication-Results (no authserv-id) for mail from outside the tenant. */
export function m365Results(spec: { spf?: string; mailfrom: string; dkim?: string; d: string; dmarc?: string; from: string; compauth?: string; reason?: string }): string {
  return `Authentication-Results: spf=${spec.spf ?? 'pass'} (sender IP is 209.85.128.52)\r\n smtp.mailfrom=${spec.mailfrom}; dkim=${spec.dkim ?? 'pass'} (signature was verified)\r\n header.d=${spec.d};dmarc=${spec.dmarc ?? 'pass'} action=none\r\n header.from=${spec.from};compauth=${spec.compauth ?? 'pass'} reason=${spec.reason ?? '100'}`;
}

/** What Exchange Online puts on top of a delivered message (`results` null: none, as on some intra-org mail). */
export function m365Top(at: string, results: string | null): string[] {
  const when = rfc5322Date(at, 0);
  return [
    `Received: from SA1PR12MB6870.namprd12.prod.outlook.com (2603:10b6:806:25d::9)\r\n by PH7PR12MB5805.namprd12.prod.outlook.com with HTTPS; ${when}`,
    `Received: from BN9PR03CA0512.namprd03.prod.outlook.com (2603:10b6:408:130::7)\r\n by SA1PR12MB6870.namprd12.prod.outlook.com (2603:10b6:806:25d::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.20; ${when}`,
    ...(results ? [results] : []),
    'Received-SPF: Pass (protection.outlook.com: domain of example.test designates\r\n 209.85.128.52 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=209.85.128.52; helo=mail-wm1-f52.google.com; pr=C',
  ];
}

/** Exchange's own organization headers, stamped at the bottom of the header block. */
export function m365Bottom(authAs: 'Internal' | 'Anonymous' | null): string[] {
  return [
    'X-MS-Exchange-Organization-ExpirationStartTime: 02 Mar 2026 16:50:05.6123\r\n (UTC)',
    'X-MS-Exchange-Organization-Network-Message-Id:\r\n 5f1c2a3b-9d8e-4f70-b1a2-08dd5a6b7c8d',
    `X-MS-Exchange-Organization-MessageDirectionality: ${authAs === 'Internal' ? 'Originating' : 'Incoming'}`,
    'X-MS-Exchange-Organization-AuthSource:\r\n BN1PEPF00004682.namprd03.prod.outlook.com',
    ...(authAs ? [`X-MS-Exchange-Organization-AuthAs: ${authAs}`] : []),
    ...(authAs === 'Internal' ? ['X-MS-Exchange-Organization-AuthMechanism: 04'] : []),
    `X-MS-Exchange-Organization-SCL: ${authAs === 'Internal' ? '-1' : '1'}`,
    'X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:;PTR:;CAT:NONE;SFS:;DIR:INB;',
  ];
}

/** The Outlook sender's part: an Exchange Online DKIM-Signature (h= with Date) and Outlook's headers. */
export function outlookSigned(spec: { domain: string; seed: string } | null): string[] {
  return [
    ...(spec ? [dkimSignature({ d: spec.domain, s: 'selector1', seed: spec.seed, t: null, h: 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck' })] : []),
    'Thread-Topic: case',
    'Thread-Index: AQHbi3F0k2m9Yv8Qz0S4sVxwEJtq7g==',
    'Accept-Language: en-US',
    'Content-Language: en-US',
    'X-MS-Has-Attach:',
    'X-MS-TNEF-Correlator:',
  ];
}

/** Postfix with OpenDMARC (SPF and DMARC) and OpenDKIM milters: one header each, all inserted on top. */
export function postfixTop(authservId: string, spec: { domain: string; seed: string; at: string; dkim?: string; spf?: string; dmarc?: string; mailfrom?: string }): string[] {
  return [
    `Authentication-Results: ${authservId}; dmarc=${spec.dmarc ?? 'pass'} (p=reject dis=none) header.from=${spec.domain}`,
    `Authentication-Results: ${authservId};\r\n\tdkim=${spec.dkim ?? 'pass'} (2048-bit key; unprotected) header.d=${spec.domain} header.i=@${spec.domain} header.a=rsa-sha256 header.s=mail header.b=${headerB(spec.seed)};\r\n\tdkim-atps=neutral`,
    `Authentication-Results: ${authservId}; spf=${spec.spf ?? 'pass'} smtp.mailfrom=${spec.mailfrom ?? spec.domain}`,
    `Received: from mail.${spec.domain} (mail.${spec.domain} [203.0.113.25])\r\n\tby ${authservId} (Postfix) with ESMTPS id 4ZBcDf1xyzz3wX\r\n\tfor <privacy@example.test>; ${rfc5322Date(spec.at, 60)}`,
  ];
}

/** The Thunderbird-through-OpenDKIM sender's part. */
export function postfixSigned(spec: { domain: string; seed: string; at: string }): string[] {
  return [
    dkimSignature({ d: spec.domain, s: 'mail', seed: spec.seed, t: spec.at, h: 'Date:From:To:Subject:In-Reply-To:References:From' }),
    `Received: from [192.168.1.20] (unknown [198.51.100.7])\r\n\tby mail.${spec.domain} (Postfix) with ESMTPSA id 4ZBcDd6QhPz9sT\r\n\tfor <privacy@example.test>; ${rfc5322Date(spec.at, 60)}`,
    'User-Agent: Mozilla Thunderbird',
  ];
}
