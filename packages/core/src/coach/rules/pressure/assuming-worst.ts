// phrase rules for assuming_worst: stating the darkest guess as fact

import type { RuleSpec } from '../../matcher.ts';
import { unlessWarm } from '../vocabulary.ts';

export const ASSUMING_WORST_RULES: readonly RuleSpec[] = [
  {
    anchors: "don't do no",
    pattern:
      "you (?:clearly |obviously |just |probably |must )?(?:don't|do not|no longer|dont) (?:even )?(?:love|care about|want|like|need|miss|find me|think about) (?:me|us)(?! (?:to worry|to (?:pick|bring|get|come|cook|wait)))",
    negatable: true,
    unlessBefore: "(?:i know|i'm sure|i'm not saying|not that)",
  },
  {
    anchors:
      "moved found met fallen lost stopped done bored tired sick over want wanting leaving going gonna planning cheating seeing talking with into regret hate can't just don't never",
    pattern:
      "you(?:'ve| have|'re| are)? (?:already |probably |clearly |obviously |just )?(?:moved on|found someone|met someone|fallen out of love|lost interest|stopped (?:loving|caring|wanting)|done with (?:me|us)|bored (?:of|with) me|tired of me|sick of me|over (?:me|us)|want(?:ing)? out|want(?:ing)? to (?:leave|break up|end (?:it|things|this))|leaving me|going to leave|gonna leave|planning to leave|cheating|seeing someone|talking to someone else|with someone else|into someone else|regret (?:us|being with me|this|me)|hate me|can't stand me|are (?:using|stringing) me|just using me|don't (?:even )?like me anymore|never (?:really )?(?:loved|cared about|wanted) me|never loved me)",
    negatable: true,
    unlessBefore: "(?:i know|not that|i don't think|i'm not saying)",
  },
  {
    anchors: 'someone somebody else',
    pattern: "(?:is there|there's|there is|is it|it's) (?:someone|somebody) else",
    unlessBefore: '(?:i know|not that)',
  },
  { anchors: 'who', pattern: "who(?:'s| is) (?:she|he)\\?" },
  { anchors: 'rather', pattern: "you(?:'d| would) (?:rather|prefer to) be (?:with|alone|anywhere|single)" },
  {
    anchors: 'over done finished dead dying doomed',
    pattern:
      "(?:this|it|we)(?:'s| is|'re| are)? (?:really |just |basically |already )?(?:over|done|finished|dead|dying|doomed)(?:,| now)? (?:isn't it|aren't we|right|huh|then|i guess|already)",
  },
  {
    anchors: 'over dead doomed',
    pattern: "(?:i guess|guess|so) (?:this|it|we)(?:'s| is|'re| are) (?:over|done|finished|dead|doomed)",
  },
  { anchors: 'relationship', pattern: 'this relationship is (?:dead|dying|doomed|over|a joke|going nowhere)' },
  {
    anchors: 'falling drifting',
    pattern: "we(?:'re| are) (?:falling apart|finished|doomed|drifting apart)(?! and i)",
    unlessBefore: '(?:scared|afraid|worried|feel like|worry)',
  },
  { anchors: 'point', pattern: "what(?:'s| is) (?:even )?the point (?:of us|of this|anymore|of trying|in trying)" },
  {
    anchors: 'know obvious clear',
    pattern:
      "(?:i know|it's obvious|it's clear|it is obvious|clearly) you(?:'re| are) (?:lying|hiding something|done|bored|unhappy|not (?:interested|happy|in love))",
  },
  { anchors: 'guess', pattern: "i guess (?:you(?:'re| are)|you've) (?:busy with|happier|better off|moved|done)" },
  { anchors: 'mean', pattern: "i (?:must )?(?:don't|do not|no longer) mean anything to you" },
  {
    anchors: 'replaced replace',
    pattern: "you(?:'ve| have)? (?:replaced|found a replacement for|forgotten about) me",
  },
  { anchors: 'seem', pattern: "you (?:don't|do not|no longer) (?:even )?seem to (?:care|want|love|miss|notice)" },
  { anchors: 'know', pattern: "i know you (?:don't|do not|no longer) (?:feel|love|want|care|like)" },
  {
    anchors: 'attractive',
    pattern: "you (?:don't|do not) (?:find me|think i'm) (?:attractive|pretty|hot|sexy|interesting)",
  },
  { anchors: 'enough', pattern: "i(?:'m| am) (?:just )?not (?:enough|good enough) for you(?: anymore)?" },
  {
    anchors: 'going',
    pattern:
      "(?:i know|we (?:both )?know|i can see|i guess we know|i see) where (?:this|it|we)(?:'s| is| are)? (?:going|heading)",
  },
  {
    anchors: 'bet glad relieved happier',
    pattern:
      "(?:i bet|i'm sure|probably|you're probably|you were probably) (?:you(?:'re| are| were)? )?(?:glad|relieved|happier|happy|pleased|better off) (?:i|that i|without me|i'm|when i)",
  },
  { anchors: 'time', pattern: "(?:i'm sure |i bet )?you had a (?:much |way |far )?better time without me" },
  { anchors: 'over', pattern: "(?:so )?that's it(?: then)?,? we(?:'re| are) (?:over|done|finished)" },
  { anchors: 'guessing', pattern: "i(?:'m| am) (?:guessing|assuming|betting) (?:something|you|that you|there's)" },
  { anchors: 'pity', pattern: '(?:out of|because of) pity|feel sorry for me' },
  { anchors: 'last', pattern: "i(?:'m| am) the last (?:person|one|thing) you (?:want|care|think)" },
  {
    anchors: 'leave',
    pattern:
      "(?:i know |i just know )?you(?:'re| are) (?:going to|gonna|about to|planning to) (?:leave|dump|end|break up)",
  },
  {
    anchors: 'needy clingy',
    pattern:
      "you(?:'ll| will)? (?:just )?think i(?:'m| am) (?:being )?(?:needy|clingy|crazy|dramatic|too much|annoying)",
  },
  { anchors: 'made', pattern: "you(?:'ve| have)? (?:already )?made up your mind(?: about (?:us|me))?" },
  { anchors: 'regret', pattern: 'you regret (?:moving|meeting|marrying|us|being|getting|it|this|me)' },
  {
    anchors: 'checked',
    pattern: "you(?:'ve| have)? (?:completely |totally )?checked out(?: of (?:this|us|the relationship))?",
  },
  { anchors: 'care', pattern: "i feel like you (?:don't|do not) (?:care|love|want|like)" },
  {
    anchors: 'something',
    pattern: 'something (?:happened|went on) (?:there|on that trip|at the party|with (?:her|him|them))',
  },
  { anchors: 'somewhere', pattern: "you(?:'ve| have) been somewhere else" },
  // "are you saying I…?": the worst reading of what the reader said, put back to them (decision 218)
  ...unlessWarm([
    {
      anchors: 'saying',
      pattern:
        "are (?:you|u) (?:seriously |really )?saying (?:that )?(?:i(?:'m| am| was| never| always| don't| didn't| can't| should| have to| need to| did| made| ruined| caused)|it(?:'s| is| was) (?:all )?my|my fault)\\b",
    },
    { anchors: 'implying insinuating', pattern: 'are (?:you|u) (?:seriously |really )?(?:implying|insinuating)\\b' },
  ]),
];
