/** The three accounts a person can sign in with on the demo. */

export const DEMO_PASSWORD = "Zhihui#2020";

export const DEMO_ACCOUNTS = {
  operator: { email: "operator@zhihui.example", password: DEMO_PASSWORD, role: "operator", name: "周晓岚" },
  employer: { email: "employer@zhihui.example", password: DEMO_PASSWORD, role: "employer", name: "王海燕" },
  talent: { email: "talent@zhihui.example", password: DEMO_PASSWORD, role: "talent", name: "陈思远" },
} as const;

export type DemoAccount = (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS];

/** Days before the campaign's start each demo account was created. */
export const DEMO_ACCOUNT_AGE_DAYS = { operator: 90, employer: 40, talent: 30 } as const;
