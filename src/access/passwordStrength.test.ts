import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordWeakness } from './passwordStrength.ts';

// NCSC's password guidance: block the most common passwords; three random words make a strong one.
const cases: { password: string; refused: RegExp | null }[] = [
  { password: 'password1234', refused: /too easy to guess/ },
  { password: 'Password123!', refused: /too easy to guess/ },
  { password: 'qwertyuiop123', refused: /too easy to guess/ },
  { password: 'iloveyou1234', refused: /too easy to guess/ },
  { password: 'aaaaaaaaaaaa', refused: /one character repeated/ },
  { password: '111111111111', refused: /one character repeated/ },
  { password: 'correct horse battery staple', refused: null },
  { password: 'kettle orbit marmalade', refused: null },
];

for (const { password, refused } of cases) {
  test(`${password}: ${refused ? 'refused' : 'accepted'}`, () => {
    const weakness = passwordWeakness(password);
    if (refused) assert.match(weakness ?? '', refused);
    else assert.equal(weakness, null);
  });
}
